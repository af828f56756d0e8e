package com.riskdesk.security;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the first admin when there is no staff account at all: from {@link AdminProperties} when a password is
 * set, otherwise with a random password printed once to the log. There is never a known default password.
 */
@Component
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final StaffService staff;
    private final AdminProperties properties;

    FirstAdmin(StaffService staff, AdminProperties properties) {
        this.staff = staff;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (staff.anyAccount()) {
            return;
        }
        boolean generated = properties.password() == null || properties.password().isBlank();
        String password = generated ? randomPassword() : properties.password();
        try {
            staff.createAccount(new NewStaffMember(properties.username(), "Administrator", StaffRole.ADMIN, password));
        } catch (RuntimeException refused) {
            // Two servers started at once on an empty database: the unique username lets one create the account.
            if (staff.anyAccount()) {
                log.info("Another server created the first admin account at the same time");
                return;
            }
            throw refused;
        }
        if (generated) {
            log.warn("""

                    Created the first admin account '{}' with the generated password: {}
                    It is shown only this once. Sign in at /login and keep it safe, or set APP_ADMIN_USERNAME and
                    APP_ADMIN_PASSWORD before the first start next time.""", properties.username(), password);
        } else {
            log.info("Created the first admin account '{}' from app.admin.username/app.admin.password",
                    properties.username());
        }
    }

    static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
