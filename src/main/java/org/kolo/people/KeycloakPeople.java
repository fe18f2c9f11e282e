package org.kolo.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.kolo.accounts.Roles;
import org.kolo.web.RefusedRequest;

/**
 * People's accounts in Keycloak, through its admin API with Kolo's service account (manage-users): made, found,
 * given a role, removed again. Keycloak being away becomes a translated 503, never a half-made account.
 */
@ApplicationScoped
public class KeycloakPeople {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(KeycloakPeople.class);
    static final String CITY = "city";
    static final String LOCALE = "locale";

    @Inject
    Keycloak keycloak;

    @ConfigProperty(name = "quarkus.keycloak.admin-client.realm")
    String realm;

    /** An account as Kolo's staff tools read it. */
    public record Person(String id, String nickname, List<String> cities, Optional<String> locale, boolean enabled) {

        public Optional<String> city() {
            return cities.stream().findFirst();
        }
    }

    /** What a new account is made with. */
    record NewAccount(String nickname, String city, String language, String role, String oneTimePassword) {}

    /** Whether any account (enabled or not) has exactly this nickname. */
    boolean isTaken(String nickname) {
        return call(() -> !realm().users().searchByUsername(nickname, true).isEmpty());
    }

    /** Makes the account and returns its id; the nickname is taken (409) when someone got it first. */
    String create(NewAccount account) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(account.nickname());
        user.setEnabled(true);
        user.setAttributes(Map.of(CITY, List.of(account.city()), LOCALE, List.of(account.language())));
        user.setCredentials(List.of(temporary(account.oneTimePassword())));
        List<String> actions = new ArrayList<>(List.of("UPDATE_PASSWORD"));
        if (!Roles.ACTIVIST.equals(account.role())) {
            actions.add("CONFIGURE_TOTP");
        }
        user.setRequiredActions(actions);
        return call(() -> {
            try (Response response = realm().users().create(user)) {
                if (response.getStatus() == 409) {
                    throw new RefusedRequest(409, "nickname-taken");
                }
                if (response.getStatus() == 400) {
                    throw new RefusedRequest(400, "nickname-invalid");
                }
                return CreatedResponseUtil.getCreatedId(response);
            }
        });
    }

    /** Gives a realm role on top of the default one (activist, which every account has). */
    void grant(String accountId, String role) {
        if (Roles.ACTIVIST.equals(role)) {
            return;
        }
        call(() -> {
            // The roles she may be given, as manage-users sees them: reading a role by name would need view-realm.
            var roles = realm().users().get(accountId).roles().realmLevel();
            RoleRepresentation representation = roles.listAvailable().stream()
                    .filter(available -> available.getName().equals(role))
                    .findFirst()
                    .orElseThrow(() -> new RefusedRequest(503, "identity-unavailable"));
            roles.add(List.of(representation));
            return null;
        });
    }

    /** A new one-time password that she must replace at her next login. */
    void resetPassword(String accountId, String oneTimePassword) {
        call(() -> {
            var account = realm().users().get(accountId);
            account.resetPassword(temporary(oneTimePassword));
            UserRepresentation user = account.toRepresentation();
            List<String> actions =
                    new ArrayList<>(user.getRequiredActions() == null ? List.of() : user.getRequiredActions());
            if (!actions.contains("UPDATE_PASSWORD")) {
                actions.add("UPDATE_PASSWORD");
                user.setRequiredActions(actions);
                account.update(user);
            }
            return null;
        });
    }

    /** Ends every session of the account in Keycloak, which tells Kolo's instances through the back channel. */
    void endSessions(String accountId) {
        call(() -> {
            realm().users().get(accountId).logout();
            return null;
        });
    }

    void setEnabled(String accountId, boolean enabled) {
        change(accountId, user -> user.setEnabled(enabled));
    }

    /** Replaces the account's cities (one for most people, several for a coordinator of a region). */
    void setCities(String accountId, List<String> cities) {
        change(accountId, user -> {
            Map<String, List<String>> attributes =
                    new java.util.HashMap<>(user.getAttributes() == null ? Map.of() : user.getAttributes());
            attributes.put(CITY, List.copyOf(cities));
            user.setAttributes(attributes);
        });
    }

    /** Takes away a realm role given directly. */
    void revoke(String accountId, String role) {
        call(() -> {
            var roles = realm().users().get(accountId).roles().realmLevel();
            roles.listAll().stream()
                    .filter(held -> held.getName().equals(role))
                    .findFirst()
                    .ifPresent(held -> roles.remove(List.of(held)));
            return null;
        });
    }

    /** Reads the full account, changes it and writes it back: a partial one would drop her other attributes. */
    private void change(String accountId, java.util.function.Consumer<UserRepresentation> change) {
        call(() -> {
            var account = realm().users().get(accountId);
            UserRepresentation user = account.toRepresentation();
            change.accept(user);
            account.update(user);
            return null;
        });
    }

    private static CredentialRepresentation temporary(String oneTimePassword) {
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(oneTimePassword);
        password.setTemporary(true);
        return password;
    }

    /** Removes an account; used to undo one that could not be finished. */
    void delete(String accountId) {
        call(() -> {
            realm().users().delete(accountId).close();
            return null;
        });
    }

    /** The account with this id, if it exists. */
    Optional<Person> byId(String accountId) {
        return call(() -> {
            try {
                return Optional.of(person(realm().users().get(accountId).toRepresentation()));
            } catch (WebApplicationException e) {
                if (!List.of(400, 403, 404).contains(e.getResponse().getStatus())) {
                    throw e;
                }
                // Keycloak answers 403 rather than 404 for an id it does not know, to callers short of full admin.
                return Optional.empty();
            }
        });
    }

    /** The account with exactly this nickname, enabled or not. */
    Optional<Person> byNickname(String nickname) {
        return call(() -> realm().users().searchByUsername(nickname, true).stream()
                .findFirst()
                .map(KeycloakPeople::person));
    }

    // Full representations below: the brief ones leave out attributes, and with them her city.

    /** Accounts whose nickname contains {@code text} (every account when blank), at most {@code max}. */
    List<Person> search(String text, int max) {
        return call(() -> realm().users().search(infix(text), 0, max, false).stream()
                .map(KeycloakPeople::person)
                .toList());
    }

    /** Accounts with this city on them, at most {@code max}. */
    List<Person> inCity(String city, int max) {
        return call(() -> realm().users().searchByAttributes(0, max, null, false, CITY + ":" + city).stream()
                .map(KeycloakPeople::person)
                .toList());
    }

    /** The Kolo roles an account holds, directly or through a composite, from the least to the most reach. */
    List<String> rolesOf(String accountId) {
        return call(() -> {
            Set<String> held = new java.util.HashSet<>();
            realm().users()
                    .get(accountId)
                    .roles()
                    .realmLevel()
                    .listEffective()
                    .forEach(role -> held.add(role.getName()));
            return Roles.ALL.stream().filter(held::contains).toList();
        });
    }

    static Person person(UserRepresentation user) {
        Map<String, List<String>> attributes = user.getAttributes() == null ? Map.of() : user.getAttributes();
        List<String> cities = attributes.getOrDefault(CITY, List.of()).stream()
                .filter(city -> !city.isBlank())
                .toList();
        Optional<String> locale = attributes.getOrDefault(LOCALE, List.of()).stream()
                .filter(value -> !value.isBlank())
                .findFirst();
        return new Person(user.getId(), user.getUsername(), cities, locale, Boolean.TRUE.equals(user.isEnabled()));
    }

    /** Keycloak's search is by prefix unless the text is wrapped in stars; its own stars are dropped. */
    private static String infix(String text) {
        String plain = text == null ? "" : text.strip().replace("*", "");
        return plain.isEmpty() ? "" : "*" + plain + "*";
    }

    private RealmResource realm() {
        return keycloak.realm(realm);
    }

    private interface Call<T> {
        T run();
    }

    private static <T> T call(Call<T> call) {
        try {
            return call.run();
        } catch (RefusedRequest refused) {
            throw refused;
        } catch (WebApplicationException e) {
            LOG.warnf("Keycloak's admin API answered %d", e.getResponse().getStatus());
            throw new RefusedRequest(503, "identity-unavailable");
        } catch (ProcessingException e) {
            LOG.warnf(
                    "Keycloak's admin API could not be reached (%s)",
                    e.getClass().getSimpleName());
            throw new RefusedRequest(503, "identity-unavailable");
        }
    }
}
