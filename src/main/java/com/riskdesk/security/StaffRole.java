package com.riskdesk.security;

/** What a staff member may do. An admin can do everything an editor can. */
public enum StaffRole {
    /** Enters and corrects entries. */
    EDITOR("Editor"),
    /** Also manages staff accounts, monitors, indicators and escalation ladders. */
    ADMIN("Admin");

    /** Role names as Spring Security and {@code @RolesAllowed} see them. */
    public static final String EDITOR_ROLE = "EDITOR";
    public static final String ADMIN_ROLE = "ADMIN";

    private final String label;

    StaffRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
