package org.kolo.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kolo.accounts.CurrentUser;
import org.kolo.accounts.Roles;
import org.kolo.audit.AuditAction;
import org.kolo.audit.AuditLog;
import org.kolo.reach.City;
import org.kolo.web.Language;
import org.kolo.web.RefusedRequest;

/**
 * What staff do to an account they look after: a new one-time password (and slip), ending all her sessions,
 * disabling or enabling it, moving her to another city; admins also give and take staff roles and a coordinator's
 * cities. Trainers and coordinators act on activists' accounts only, nobody on her own; each action is audited.
 */
@ApplicationScoped
public class PersonActions {

    private static final String ACCOUNT_ID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final List<String> STAFF_ROLES = List.of(Roles.TRAINER, Roles.COORDINATOR, Roles.ADMIN);

    @Inject
    CurrentUser user;

    @Inject
    KeycloakPeople keycloak;

    @Inject
    AuditLog audit;

    @Inject
    LoginSlips slips;

    /** An account as its page shows it, with what the caller may do to it. */
    public record Managed(KeycloakPeople.Person person, List<String> roles, boolean mayChangeRoles) {

        /** The staff roles an admin may give or take, in order. */
        public List<String> staffRoles() {
            return STAFF_ROLES;
        }

        public boolean isStaff() {
            return roles.stream().anyMatch(STAFF_ROLES::contains);
        }
    }

    /** The account, if the caller looks after it; else 404 (she need not know it exists) or why not. */
    public Managed manageable(String accountId) {
        KeycloakPeople.Person person = (accountId != null && accountId.matches(ACCOUNT_ID)
                        ? keycloak.byId(accountId)
                        : java.util.Optional.<KeycloakPeople.Person>empty())
                .filter(found ->
                        user.hasRole(Roles.ADMIN) || found.cities().stream().anyMatch(user::reaches))
                .orElseThrow(() -> new RefusedRequest(404, "person-not-found"));
        List<String> roles = keycloak.rolesOf(person.id());
        return new Managed(person, roles, user.hasRole(Roles.ADMIN));
    }

    public LoginSlip resetPassword(String accountId) {
        Managed managed = actionable(accountId);
        String password = OneTimePasswords.next();
        keycloak.resetPassword(accountId, password);
        keycloak.endSessions(accountId);
        record(AuditAction.PASSWORD_RESET, managed, null);
        KeycloakPeople.Person person = managed.person();
        City city = person.city()
                .flatMap(City::byCode)
                .orElseGet(() -> City.byCode(user.city().orElse(null))
                        .orElseThrow(() -> new RefusedRequest(409, "person-no-city")));
        Language language = person.locale().flatMap(Language::ofCode).orElse(Language.DEFAULT);
        return slips.slip(person.id(), person.nickname(), password, city, language, null);
    }

    public void endSessions(String accountId) {
        Managed managed = actionable(accountId);
        keycloak.endSessions(accountId);
        record(AuditAction.SESSIONS_ENDED, managed, null);
    }

    public void setEnabled(String accountId, boolean enabled) {
        Managed managed = actionable(accountId);
        if (managed.person().enabled() == enabled) {
            return;
        }
        keycloak.setEnabled(accountId, enabled);
        if (!enabled) {
            keycloak.endSessions(accountId);
        }
        record(enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED, managed, null);
    }

    /** Moves her to another city the caller looks after; her records made so far stay counted where they were. */
    public void changeCity(String accountId, String cityCode) {
        Managed managed = actionable(accountId);
        City city = City.byCode(cityCode).orElseThrow(() -> new RefusedRequest(400, "city-unknown"));
        if (!user.reaches(city.code)) {
            throw new RefusedRequest(403, "city-out-of-scope");
        }
        if (managed.person().cities().equals(List.of(city.code))) {
            return;
        }
        keycloak.setCities(accountId, List.of(city.code));
        record(AuditAction.CITY_CHANGED, managed, city.code);
    }

    /** Admins only: the staff roles she holds from now on (activist she keeps in any case). */
    public void setStaffRoles(String accountId, Set<String> wanted) {
        Managed managed = forAdmins(accountId);
        for (String role : wanted) {
            if (!STAFF_ROLES.contains(role)) {
                throw new RefusedRequest(400, "role-unknown");
            }
        }
        for (String role : STAFF_ROLES) {
            boolean held = managed.roles().contains(role);
            if (wanted.contains(role) && !held) {
                keycloak.grant(accountId, role);
                record(AuditAction.ROLE_GRANTED, managed, role);
            } else if (!wanted.contains(role) && held) {
                keycloak.revoke(accountId, role);
                record(AuditAction.ROLE_REMOVED, managed, role);
            }
        }
    }

    /** Admins only: a coordinator's cities, her own city first. */
    public void setCities(String accountId, List<String> codes) {
        Managed managed = forAdmins(accountId);
        Set<String> cities = new LinkedHashSet<>();
        for (String code : codes) {
            cities.add(City.byCode(code).orElseThrow(() -> new RefusedRequest(400, "city-unknown")).code);
        }
        if (cities.isEmpty()) {
            throw new RefusedRequest(400, "city-unknown");
        }
        if (managed.person().cities().equals(List.copyOf(cities))) {
            return;
        }
        keycloak.setCities(accountId, List.copyOf(cities));
        record(AuditAction.COORDINATOR_CITIES_CHANGED, managed, String.join(",", cities));
    }

    /** Several changes at once: all are checked before any is made, so a refused one leaves the account as it was. */
    public record Changes(String city, Boolean enabled, List<String> roles, List<String> cities) {}

    public void apply(String accountId, Changes changes) {
        Managed managed =
                changes.roles() != null || changes.cities() != null ? forAdmins(accountId) : actionable(accountId);
        if (changes.city() != null) {
            City city = City.byCode(changes.city()).orElseThrow(() -> new RefusedRequest(400, "city-unknown"));
            if (!user.reaches(city.code)) {
                throw new RefusedRequest(403, "city-out-of-scope");
            }
        }
        if (changes.roles() != null && !STAFF_ROLES.containsAll(changes.roles())) {
            throw new RefusedRequest(400, "role-unknown");
        }
        if (changes.cities() != null
                && (changes.cities().isEmpty()
                        || changes.cities().stream()
                                .anyMatch(code -> City.byCode(code).isEmpty()))) {
            throw new RefusedRequest(400, "city-unknown");
        }
        if (changes.enabled() != null) {
            setEnabled(managed.person().id(), changes.enabled());
        }
        if (changes.city() != null) {
            changeCity(accountId, changes.city());
        }
        if (changes.roles() != null) {
            setStaffRoles(accountId, Set.copyOf(changes.roles()));
        }
        if (changes.cities() != null) {
            setCities(accountId, changes.cities());
        }
    }

    /** An account the caller may change: not her own, and a staff account only for an admin. */
    private Managed actionable(String accountId) {
        Managed managed = manageable(accountId);
        if (user.id().filter(accountId::equals).isPresent()) {
            throw new RefusedRequest(409, "not-yourself");
        }
        if (managed.isStaff() && !user.hasRole(Roles.ADMIN)) {
            throw new RefusedRequest(403, "person-is-staff");
        }
        return managed;
    }

    private Managed forAdmins(String accountId) {
        if (!user.hasRole(Roles.ADMIN)) {
            throw new RefusedRequest(403, "role-not-allowed");
        }
        return actionable(accountId);
    }

    private void record(AuditAction action, Managed managed, String detail) {
        KeycloakPeople.Person person = managed.person();
        audit.record(
                action,
                new AuditLog.Subject(
                        person.id(), person.nickname(), person.city().orElse(null)),
                detail);
    }
}
