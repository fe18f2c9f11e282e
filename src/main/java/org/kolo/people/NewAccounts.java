package org.kolo.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.kolo.accounts.CurrentUser;
import org.kolo.accounts.Roles;
import org.kolo.audit.AuditAction;
import org.kolo.audit.AuditLog;
import org.kolo.reach.City;
import org.kolo.web.Language;
import org.kolo.web.RefusedRequest;

/**
 * Brings a woman into Kolo on the spot: staff choose her nickname, city, language and role, Kolo makes the account
 * in Keycloak with a one-time password she must replace, and hands back her login slip. All or nothing: an account
 * that could not get its role or its audit row is removed again.
 */
@ApplicationScoped
public class NewAccounts {

    private static final Logger LOG = Logger.getLogger(NewAccounts.class);
    private static final int SUGGESTIONS = 3;

    @Inject
    CurrentUser user;

    @Inject
    KeycloakPeople keycloak;

    @Inject
    AuditLog audit;

    @Inject
    LoginSlips slips;

    /** What staff typed. */
    public record Request(String nickname, String city, String language, String role) {}

    /** Whether a nickname can be had, and free ones like it when it cannot. */
    public record Availability(String nickname, boolean valid, boolean free, List<String> suggestions) {}

    /** The roles this person may give to an account she makes: activist, or any role for an admin. */
    public List<String> grantableRoles() {
        return user.hasRole(Roles.ADMIN) ? Roles.ALL : List.of(Roles.ACTIVIST);
    }

    /** The cities in which this person may make accounts. */
    public List<City> cities() {
        return City.allByCode().stream().filter(city -> user.reaches(city.code)).toList();
    }

    public Availability availability(String typed) {
        Optional<String> nickname = Nicknames.normalize(typed);
        if (nickname.isEmpty()) {
            return new Availability(typed == null ? "" : typed.strip(), false, false, List.of());
        }
        if (!keycloak.isTaken(nickname.get())) {
            return new Availability(nickname.get(), true, true, List.of());
        }
        List<String> free = Nicknames.variants(nickname.get()).stream()
                .filter(variant -> !keycloak.isTaken(variant))
                .limit(SUGGESTIONS)
                .toList();
        return new Availability(nickname.get(), true, false, free);
    }

    public LoginSlip create(Request request) {
        String nickname =
                Nicknames.normalize(request.nickname()).orElseThrow(() -> new RefusedRequest(400, "nickname-invalid"));
        City city = City.byCode(request.city()).orElseThrow(() -> new RefusedRequest(400, "city-unknown"));
        if (!user.reaches(city.code)) {
            throw new RefusedRequest(403, "city-out-of-scope");
        }
        Language language =
                Language.ofCode(request.language()).orElseThrow(() -> new RefusedRequest(400, "language-unknown"));
        String role = request.role() == null || request.role().isBlank() ? Roles.ACTIVIST : request.role();
        if (!Roles.ALL.contains(role)) {
            throw new RefusedRequest(400, "role-unknown");
        }
        if (!grantableRoles().contains(role)) {
            throw new RefusedRequest(403, "role-not-allowed");
        }
        if (keycloak.isTaken(nickname)) {
            throw new RefusedRequest(409, "nickname-taken");
        }
        String password = OneTimePasswords.next();
        String id =
                keycloak.create(new KeycloakPeople.NewAccount(nickname, city.code, language.code(), role, password));
        try {
            keycloak.grant(id, role);
            audit.record(AuditAction.ACCOUNT_CREATED, new AuditLog.Subject(id, nickname, city.code), role);
        } catch (RuntimeException failure) {
            undo(id);
            throw failure instanceof RefusedRequest refused ? refused : new RefusedRequest(503, "account-not-made");
        }
        return slips.slip(id, nickname, password, city, language, role);
    }

    private void undo(String accountId) {
        try {
            keycloak.delete(accountId);
        } catch (RuntimeException e) {
            // Left enabled with a password nobody was shown: no one can sign in with it, and an admin sees it in
            // /people.
            LOG.errorf(
                    "An account that could not be finished could not be removed from Keycloak either (%s)",
                    e.getClass().getSimpleName());
        }
    }
}
