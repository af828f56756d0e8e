package com.riskdesk.security;

import java.util.regex.Pattern;

/** What an admin gives to create a staff account. */
public record NewStaffMember(String username, String displayName, StaffRole role, String password) {

    public static final int USERNAME_MAX = 60;
    public static final int DISPLAY_NAME_MAX = 120;
    public static final int PASSWORD_MIN = 12;
    public static final int PASSWORD_MAX = 200;
    static final Pattern USERNAME = Pattern.compile("[a-zA-Z0-9._@-]{2," + USERNAME_MAX + "}");
}
