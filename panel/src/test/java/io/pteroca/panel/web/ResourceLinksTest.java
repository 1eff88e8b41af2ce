package io.pteroca.panel.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

class ResourceLinksTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void webjarLinksStillGetTheirVersionThroughThePanelsOwnFilter() {
        String page = browser().get("/login").body();

        assertThat(page).containsPattern("/webjars/bootstrap/\\d+\\.\\d+\\.\\d+/dist/css/bootstrap\\.min\\.css");
        assertThat(context.getBeansOfType(FilterRegistrationBean.class).values())
                .filteredOn(registration -> registration.getFilter() instanceof ResourceUrlEncodingFilter)
                .as("only the panel's, which looks up links to files alone").hasSize(1);
    }
}
