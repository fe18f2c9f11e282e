package org.kolo.audit;

/** What staff did to a person's account; the code is stored and names its text {@code audit.action.<code>}. */
public enum AuditAction {
    ACCOUNT_CREATED("account-created"),
    PASSWORD_RESET("password-reset"),
    SESSIONS_ENDED("sessions-ended"),
    ACCOUNT_DISABLED("account-disabled"),
    ACCOUNT_ENABLED("account-enabled"),
    CITY_CHANGED("city-changed"),
    ROLE_GRANTED("role-granted"),
    ROLE_REMOVED("role-removed"),
    COORDINATOR_CITIES_CHANGED("coordinator-cities-changed");

    private final String code;

    AuditAction(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
