package io.pteroca.panel.theme;

import io.pteroca.panel.shared.LargeUpload;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Theme archives are the one upload larger than the panel's usual limit. */
@Configuration(proxyBeanMethods = false)
class ThemeUploads {

    @Bean
    LargeUpload themeArchiveUpload() {
        // The form's other fields and the multipart framing come on top of the archive itself.
        return new LargeUpload(AdminThemeController.PATH + "/upload", ThemeArchive.MAX_UPLOAD_BYTES + 64 * 1024);
    }
}
