package io.pteroca.panel.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileLinksOnlyResourceUrlsTest {

    @Test
    void onlyLinksToFilesAreLookedUpAsResources() {
        assertThat(FileLinksOnlyResourceUrls.namesFile("/webjars/bootstrap/dist/css/bootstrap.min.css")).isTrue();
        assertThat(FileLinksOnlyResourceUrls.namesFile("/js/app.js?v=2")).isTrue();
        assertThat(FileLinksOnlyResourceUrls.namesFile("/favicon.svg")).isTrue();

        assertThat(FileLinksOnlyResourceUrls.namesFile("/servers/123")).isFalse();
        assertThat(FileLinksOnlyResourceUrls.namesFile("/admin/servers?state=ACTIVE&page=2")).isFalse();
        assertThat(FileLinksOnlyResourceUrls.namesFile("/login?next=/files/report.pdf")).isFalse();
        assertThat(FileLinksOnlyResourceUrls.namesFile("/v1.2/servers")).isFalse();
        assertThat(FileLinksOnlyResourceUrls.namesFile("/servers/1#tab.files")).isFalse();
        assertThat(FileLinksOnlyResourceUrls.namesFile("")).isFalse();
    }
}
