package org.kolo.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Finds accounts by nickname in Keycloak, for staff who act on a learner by hand (issuing a certificate). Kolo's
 * service account may only view users; this reads the nickname, city and locale and nothing else.
 */
@ApplicationScoped
public class AccountDirectory {

    @Inject
    Keycloak keycloak;

    @ConfigProperty(name = "quarkus.keycloak.admin-client.realm")
    String realm;

    /** An account as staff see it. */
    public record Account(String id, String nickname, List<String> cities, Optional<String> locale) {

        /** Her own city, the first on the account. */
        public Optional<String> city() {
            return cities.stream().findFirst();
        }
    }

    /** The enabled account with exactly this nickname (Keycloak keeps them lower case), if any. */
    public Optional<Account> byNickname(String nickname) {
        List<UserRepresentation> found = keycloak.realm(realm).users().search(nickname.strip(), true);
        return found.stream()
                .filter(u -> Boolean.TRUE.equals(u.isEnabled()))
                .findFirst()
                .map(AccountDirectory::account);
    }

    private static Account account(UserRepresentation user) {
        Map<String, List<String>> attributes = user.getAttributes() == null ? Map.of() : user.getAttributes();
        List<String> cities = attributes.getOrDefault("city", List.of()).stream()
                .filter(city -> !city.isBlank())
                .toList();
        return new Account(user.getId(), user.getUsername(), cities, first(attributes, "locale"));
    }

    private static Optional<String> first(Map<String, List<String>> attributes, String name) {
        return Optional.ofNullable(attributes.get(name))
                .flatMap(values -> values.stream().findFirst())
                .filter(value -> !value.isBlank());
    }
}
