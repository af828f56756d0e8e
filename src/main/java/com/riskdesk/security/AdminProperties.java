package com.riskdesk.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The first admin account: {@code app.admin.username} and {@code app.admin.password} (or APP_ADMIN_*). */
@ConfigurationProperties("app.admin")
record AdminProperties(String username, String password) {

    AdminProperties {
        username = username == null || username.isBlank() ? "admin" : username.strip();
    }
}
