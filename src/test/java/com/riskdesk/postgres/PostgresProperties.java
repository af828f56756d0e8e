package com.riskdesk.postgres;

import org.springframework.test.context.DynamicPropertyRegistry;

/** Points a test context at a PostgreSQL database: the same three settings an operator gives in production. */
public final class PostgresProperties {

    private PostgresProperties() {
    }

    public static void register(DynamicPropertyRegistry properties, String url) {
        properties.add("spring.datasource.url", () -> url);
        properties.add("spring.datasource.username", () -> PostgresServer.USER);
        properties.add("spring.datasource.password", () -> "");
    }

    /** The same as command-line arguments, for a server started with {@code SpringApplication.run}. */
    public static String[] arguments(String url) {
        return new String[] {"--spring.datasource.url=" + url, "--spring.datasource.username=" + PostgresServer.USER,
                "--spring.datasource.password="};
    }
}
