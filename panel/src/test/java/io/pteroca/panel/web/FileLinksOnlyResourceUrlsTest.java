package io.pteroca.panel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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

    @Test
    void aLinkTheChainLeavesAsItIsIsNotLookedUpAgainButAVersionedOneIs() {
        FileLinksOnlyResourceUrls.UnchangedLinks unchanged = new FileLinksOnlyResourceUrls.UnchangedLinks();
        List<String> lookedUp = new ArrayList<>();
        for (int view = 0; view < 3; view++) {
            assertThat(unchanged.encode("/css/theme.css", url -> lookUp(lookedUp, url, url), url -> url)).isEqualTo("/css/theme.css");
            assertThat(unchanged.encode("/webjars/htmx.org/dist/htmx.min.js",
                    url -> lookUp(lookedUp, url, "/webjars/htmx.org/2.0.10/dist/htmx.min.js"), url -> url))
                    .isEqualTo("/webjars/htmx.org/2.0.10/dist/htmx.min.js");
        }

        assertThat(lookedUp).filteredOn("/css/theme.css"::equals).as("a miss costs one search, not one a page").hasSize(1);
        assertThat(lookedUp).filteredOn(url -> url.startsWith("/webjars")).hasSize(3);
        assertThat(unchanged.encode("/css/theme.css", url -> url, url -> url + ";jsessionid=1"))
                .as("still passed through the response as any link").isEqualTo("/css/theme.css;jsessionid=1");
    }

    @Test
    void linksWithIdsDoNotGrowTheMemoryWithoutEnd() {
        FileLinksOnlyResourceUrls.UnchangedLinks unchanged = new FileLinksOnlyResourceUrls.UnchangedLinks();
        for (int id = 0; id < FileLinksOnlyResourceUrls.UnchangedLinks.REMEMBERED; id++) {
            unchanged.encode("/media/" + id + ".png", url -> url, url -> url);
        }
        List<String> lookedUp = new ArrayList<>();
        unchanged.encode("/media/new.png", url -> lookUp(lookedUp, url, url), url -> url);
        unchanged.encode("/media/new.png", url -> lookUp(lookedUp, url, url), url -> url);

        assertThat(lookedUp).as("beyond the bound, looked up each time").hasSize(2);
    }

    private static String lookUp(List<String> lookedUp, String url, String answer) {
        lookedUp.add(url);
        return answer;
    }
}
