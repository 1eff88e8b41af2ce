package io.pteroca.panel.api;

import io.pteroca.panel.shared.RateLimiter;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The API's own security, apart from the pages': stateless bearer tokens, no session, no cookies, so no CSRF to
 * protect against, and no redirect to a sign-in page: 401 and 403 are problem answers. The OpenAPI document and its
 * reader are open to read, under the same strict Content-Security-Policy as the pages (only our own scripts).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(ApiRateLimit.class)
class ApiSecurityConfiguration {

    static final String API = "/api/v1/**";
    static final String[] DOCS = {"/v3/api-docs", "/v3/api-docs/**", "/api/docs", "/api/docs/**", "/api/swagger-ui/**",
        "/swagger-ui/**", "/swagger-ui.html"};
    /**
     * The pages' policy without captcha hosts (the reader has no captcha), for the document, its scripts and styles.
     */
    static final String DOCS_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self' data:; connect-src 'self'; frame-src 'none'; frame-ancestors 'none'; form-action 'self'; "
            + "base-uri 'self'; object-src 'none'";
    /**
     * The reader's one page: Swagger UI's script sets style attributes from its bundle (Chromium refuses them under
     * {@code style-src 'self'}, and their values change with what is shown, so no hash can list them), so styles, never
     * scripts, may be inline on this page only. Every other page and answer keeps {@link #DOCS_POLICY} or stricter.
     */
    private static final RequestMatcher READER = PathPatternRequestMatcher.withDefaults().matcher("/api/swagger-ui/index.html");
    static final String READER_POLICY = DOCS_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokens tokens, RateLimiter limiter, ApiProblems problems,
                                       ApiRateLimit rateLimit, Clock clock) throws Exception {
        http
            .securityMatcher(API)
            .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            // A bearer token is never sent by a browser on its own, so there is no cross-site request to forge.
            .csrf(csrf -> csrf.ignoringRequestMatchers(API))
            .requestCache(cache -> cache.disable())
            .anonymous(anonymous -> anonymous.disable())
            .exceptionHandling(errors -> errors
                .authenticationEntryPoint((request, response, failure) ->
                        problems.write(request, response, HttpStatus.UNAUTHORIZED, "api.unauthorized"))
                .accessDeniedHandler((request, response, denied) ->
                        problems.write(request, response, HttpStatus.FORBIDDEN, "api.forbidden")))
            .addFilterAfter(new ApiBearerFilter(tokens, limiter, problems, rateLimit, clock), SecurityContextHolderFilter.class)
            .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiDocsFilterChain(HttpSecurity http) throws Exception {
        http
            .securityMatcher(DOCS)
            .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, DOCS).permitAll()
                    .anyRequest().denyAll())
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .requestCache(cache -> cache.disable())
            .headers(headers -> headers
                    .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(READER,
                            new StaticHeadersWriter("Content-Security-Policy", READER_POLICY)))
                    .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(READER),
                            new StaticHeadersWriter("Content-Security-Policy", DOCS_POLICY))));
        return http.build();
    }
}
