package com.riskdesk.ops;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param token     the bearer token that opens {@code /actuator/prometheus} and {@code /actuator/backup}
 *                  ({@code APP_OPS_TOKEN}); blank: both stay closed
 * @param backupDir where online backups of the H2 store are written
 */
@ConfigurationProperties("app.ops")
record OpsProperties(String token, Path backupDir) {

    boolean hasToken() {
        return token != null && !token.isBlank();
    }
}
