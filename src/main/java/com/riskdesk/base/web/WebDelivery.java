package com.riskdesk.base.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The favicon is {@code /favicon.svg} (a static file, linked from the page head); browsers and crawlers that ask for
 * {@code /favicon.ico} anyway are sent there. Hashed build files are cached for good ({@link ImmutableBuildFiles}); the
 * API's and the embed's answers may be gzipped ({@link WeakETags}).
 */
@Configuration(proxyBeanMethods = false)
class WebDelivery implements WebMvcConfigurer {

    static final String FAVICON = "/favicon.svg";

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/favicon.ico", FAVICON).setStatusCode(HttpStatus.MOVED_PERMANENTLY);
    }

    @Bean
    FilterRegistrationBean<ImmutableBuildFiles> immutableBuildFiles() {
        FilterRegistrationBean<ImmutableBuildFiles> registration = new FilterRegistrationBean<>(new ImmutableBuildFiles());
        registration.addUrlPatterns("/VAADIN/build/*");
        return registration;
    }

    @Bean
    FilterRegistrationBean<WeakETags> weakETags() {
        FilterRegistrationBean<WeakETags> registration = new FilterRegistrationBean<>(new WeakETags());
        registration.addUrlPatterns("/api/*", "/embed/*");
        return registration;
    }
}
