package com.riskdesk.security;

import com.riskdesk.base.web.PublicAddress;
import com.riskdesk.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.CsrfConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Dashboards are public; everything under /admin needs a signed-in staff member, and each view says which
 * role it needs ({@code @AnonymousAllowed}, {@code @RolesAllowed}). Services check roles again.
 * No page may be framed by another site except the embeddable tiles under /embed.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity  // @PreAuthorize on services; views use @RolesAllowed, read by Vaadin, not proxied
class SecurityConfiguration {

    private static final RequestMatcher EMBED = SecurityHeaders.EMBED;
    private static final RequestMatcher SESSIONLESS = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/api/**"), EMBED,
            PathPatternRequestMatcher.withDefaults().matcher("/favicon.svg"),
            // Plain stylesheets of META-INF/resources/styles (@StyleSheet on the app shell).
            PathPatternRequestMatcher.withDefaults().matcher("/styles/**"),
            // The server-written dashboard, also when forwarded from /monitors/{slug} past the live limit.
            PathPatternRequestMatcher.withDefaults().matcher("/page/monitors/**"),
            // A monitor's methodology, a server-written page.
            PathPatternRequestMatcher.withDefaults().matcher("/monitors/*/methodology"),
            // Spring Boot's error page (e.g. a 404 under /api) needs no sign-in and no session either.
            PathPatternRequestMatcher.withDefaults().matcher("/error"),
            PathPatternRequestMatcher.withDefaults().matcher("/VAADIN/build/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/VAADIN/static/**"),
            VaadinSecurityConfigurer.getDefaultWebSecurityIgnoreMatcher());
    /** The staff home (the entries screen, route "admin" in entry.ui). */
    private static final String STAFF_HOME = "/admin";
    private static final String LOGIN_ROUTE = "login";

    /**
     * Answers that need no session: the public API, the embeddable tiles, the favicon and Vaadin's static files
     * (its hashed build files, static client files, Lumo/Aura styles, PWA icons). Each anonymous visit would
     * otherwise leave a session held for 30 minutes: Spring Security creates one to save the request before a login
     * redirect, or to hold a CSRF token. Here nothing is saved and no CSRF token is made (all of these are read-only
     * GETs that no session authorises); a staff member's existing session is still read.
     */
    @Bean
    @Order(1)
    SecurityFilterChain sessionlessFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(SESSIONLESS)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .csrf(CsrfConfigurer::disable);
        return withHeaders(http).build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, VaadinDefaultRequestCache requestCache,
                                            RequestUtil vaadinRequests, StaffSessions sessions, ClientAddress clients,
                                            SecurityContextHolderStrategy security)
            throws Exception {
        requestCache.setDelegateRequestCache(withoutContinueParameter());
        // The read-only public API (exports, feed, link preview images), the embeddable tiles and the server-written
        // dashboard (also reached by a forward from /monitors/{slug} when live dashboards are capped) need no sign-in.
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/api/**").permitAll()
                .requestMatchers(EMBED).permitAll()
                .requestMatchers("/page/monitors/**").permitAll()
                .requestMatchers("/monitors/*/methodology").permitAll());
        // Vaadin's configurer exempts the login form from CSRF; here only Vaadin's own requests are (they carry
        // Vaadin's CSRF token), so a cross-site POST to /login signs no one in. Vaadin writes Spring's token into
        // every page's <meta name="_csrf">, and its login form posts it along.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // The address the throttle, the session list and the audit see: X-Forwarded-For only from trusted proxies.
        // The login page is named here too (as Vaadin's configurer does later), else Spring's own page is generated.
        http.formLogin(login -> login.loginPage("/" + LOGIN_ROUTE).authenticationDetailsSource(
                request -> new WebAuthenticationDetails(clients.of(request), null)));
        http.addFilterAfter(new RevokedSessions(sessions, clients, security), SecurityContextHolderFilter.class);
        return withHeaders(http).with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                        // Signed in without a page to go back to: the staff home, not the public start page.
                        .defaultSuccessUrl(STAFF_HOME)
                        .enableCsrfConfiguration(false))
                .build();
    }

    /**
     * Remembers the page staff were going to before sign-in, and sends them back to its plain address: Spring
     * Security's default marks the way back with {@code ?continue}, which then stays in the staff's address bar.
     */
    private static RequestCache withoutContinueParameter() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setMatchingRequestParameterName(null);
        return cache;
    }

    /** Framing, CSP, nosniff and HSTS are written by {@link SecurityHeaders} instead of the lazy defaults. */
    private static HttpSecurity withHeaders(HttpSecurity http) throws Exception {
        http.headers(headers -> headers.frameOptions(HeadersConfigurer.FrameOptionsConfig::disable)
                .contentTypeOptions(HeadersConfigurer.ContentTypeOptionsConfig::disable)
                .httpStrictTransportSecurity(HeadersConfigurer.HstsConfig::disable));
        return http.addFilterBefore(new SecurityHeaders(), HeaderWriterFilter.class);
    }

    /**
     * Requests naming a Host that is not the public address's nor in {@code app.allowed-hosts} are refused (400)
     * before anything answers them, so no link, cached or not, is ever built on a Host an attacker sent.
     */
    @Bean
    HttpFirewall httpFirewall(PublicAddress address) {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHostnames(address::allowsHost);
        return firewall;
    }

    /** bcrypt today, with the algorithm stored in each hash so it can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationProvider staffAuthenticationProvider(StaffAccountRepository accounts, PasswordEncoder encoder,
                                                       LoginThrottle throttle, SecurityAudit audit) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(new StaffUserDetailsService(accounts));
        passwords.setPasswordEncoder(encoder);
        return new ThrottledAuthenticationProvider(passwords, throttle, audit);
    }
}
