package com.riskdesk.ops;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.CsrfConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * The actuator's own filter chain, ahead of the app's: health and its liveness and readiness groups are open to
 * anyone (details only for a signed-in admin, read from an existing session); everything else under /actuator
 * (Prometheus, backups) needs the ops bearer token and answers 401 without it. No request here creates a session,
 * and none is authorised by a session cookie alone, so no CSRF token is needed.
 */
@Configuration(proxyBeanMethods = false)
class OpsSecurityConfiguration {

    @Bean
    @Order(0)
    SecurityFilterChain actuatorFilterChain(HttpSecurity http, OpsProperties properties) throws Exception {
        return http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasAuthority(OpsTokenFilter.AUTHORITY))
                .addFilterBefore(new OpsTokenFilter(properties), AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                // The token signs in one request, never a session: a session cookie sent along keeps its id.
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER)
                        .sessionFixation(fixation -> fixation.none()))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .csrf(CsrfConfigurer::disable)
                .build();
    }
}
