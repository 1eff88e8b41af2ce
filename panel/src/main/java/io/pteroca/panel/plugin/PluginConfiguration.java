package io.pteroca.panel.plugin;

import io.pteroca.panel.setting.SiteSettings;
import io.pteroca.panel.shared.LargeUpload;
import io.pteroca.plugin.payment.PaymentGateway;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What every plugin's context shares: the panel's version and address, its clock and the guarded resources. */
@Configuration(proxyBeanMethods = false)
class PluginConfiguration {

    @Bean
    PanelPluginContext.Shared pluginContextShared(ObjectProvider<BuildProperties> build, SiteSettings site, Clock clock,
                                                  PluginSettingValues settings, GuardedDatabase database, GuardedHttp http,
                                                  PluginMail mail, PluginDirectory directory,
                                                  ObjectProvider<PaymentGateway> builtInGateways) {
        String version = SemanticVersions.release(build.getIfAvailable() == null ? "0.1.0" : build.getIfAvailable().getVersion());
        return new PanelPluginContext.Shared(version, site::url, clock, settings, database, http, mail, directory,
                id -> builtInGateways.stream().anyMatch(g -> g.id().equals(id)));
    }

    /** Plugin jars are larger than the panel's usual upload limit. */
    @Bean
    LargeUpload pluginUpload() {
        return new LargeUpload("/admin/plugins/upload", PluginUpload.MAX_BYTES + 64 * 1024);
    }
}
