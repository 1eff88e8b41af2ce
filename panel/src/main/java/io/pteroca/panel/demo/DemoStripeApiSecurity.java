package io.pteroca.panel.demo;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The stand-in's API is called server to server by stripe-java, like Stripe's: it proves itself with the secret key
 * (checked by {@link DemoStripeApiController}), keeps no session and sends no CSRF token, since no browser ever posts there.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class DemoStripeApiSecurity {

    private static final String API = DemoStripe.API_PATH + "/v1/**";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain demoStripeApi(HttpSecurity http) throws Exception {
        return http.securityMatcher(API)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.ignoringRequestMatchers(API))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .build();
    }
}
