package com.riskdesk.security;

/** What happened, in the security audit. */
public enum SecurityEventKind {
    SIGN_IN("Signed in"),
    SIGN_IN_FAILED("Sign-in failed"),
    ACCOUNT_CREATED("Account created"),
    ROLE_CHANGED("Role changed"),
    ACCOUNT_DISABLED("Account disabled"),
    ACCOUNT_ENABLED("Account enabled"),
    PASSWORD_RESET("Password reset"),
    SIGNED_OUT_EVERYWHERE("Signed out everywhere");

    private final String label;

    SecurityEventKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
