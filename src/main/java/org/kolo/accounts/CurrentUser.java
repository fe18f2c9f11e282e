package org.kolo.accounts;

import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.oidc.RefreshToken;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The person behind the current request. The only class that reads the security identity or token claims:
 * the principal is the ID token of a browser session, or the bearer access token of an API call; the realm
 * puts the same claims in both.
 */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    public boolean isAuthenticated() {
        return !identity.isAnonymous();
    }

    /** Whether the caller came with a browser's session cookie rather than a bearer token. */
    public boolean isBrowserSession() {
        return !identity.isAnonymous() && identity.getCredential(IdTokenCredential.class) != null;
    }

    /** Keycloak's id of this sign-in (one browser, one login), never shown to people. */
    public Optional<String> sessionId() {
        return claim("sid");
    }

    /** The browser session's refresh token, with which Kolo ends the session in Keycloak too. */
    Optional<String> refreshToken() {
        RefreshToken token = identity.getCredential(RefreshToken.class);
        return Optional.ofNullable(token == null ? null : token.getToken()).filter(value -> !value.isEmpty());
    }

    /** The stable account id (Keycloak's subject), never shown to people. */
    public Optional<String> id() {
        return claim("sub");
    }

    public String nickname() {
        return claim("preferred_username")
                .orElse(identity.isAnonymous() ? "" : identity.getPrincipal().getName());
    }

    /** The person's own city (the first, for a coordinator of several): what her records are counted under. */
    public Optional<String> city() {
        return cities().stream().findFirst();
    }

    /** The codes of the cities on the account: one for most people, several for a coordinator of a region. */
    public List<String> cities() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return List.of();
        }
        Object value = token.getClaim("city");
        if (value instanceof JsonArray array) {
            return array.stream()
                    .filter(JsonString.class::isInstance)
                    .map(v -> ((JsonString) v).getString())
                    .filter(city -> !city.isBlank())
                    .toList();
        }
        if (value instanceof java.util.Collection<?> list) {
            return list.stream()
                    .map(Object::toString)
                    .filter(city -> !city.isBlank())
                    .toList();
        }
        return claim("city").map(List::of).orElse(List.of());
    }

    /**
     * Whether this person looks after people and records of {@code city}: admins everywhere, everyone else in the
     * cities on her account. The one rule for managing certificates, media and learners by city.
     */
    public boolean reaches(String city) {
        return hasRole(Roles.ADMIN) || city != null && cities().contains(city);
    }

    /** The language set on the account in Keycloak, if any. */
    public Optional<String> locale() {
        return claim("locale");
    }

    /**
     * The cities a report covers: admins choose one, or the whole region; a coordinator of several cities may choose
     * one of hers, and otherwise sees all of hers; everyone else sees her own city only.
     */
    public ReportScope reportScope(String requested) {
        boolean chosen = requested != null && !requested.isBlank();
        if (hasRole(Roles.ADMIN)) {
            return chosen ? ReportScope.of(List.of(requested)) : ReportScope.everywhere();
        }
        return chosen && cities().contains(requested) ? ReportScope.of(List.of(requested)) : ReportScope.of(cities());
    }

    public List<String> roles() {
        return Roles.ALL.stream().filter(identity::hasRole).toList();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    private Optional<String> claim(String name) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        Object value = token.getClaim(name);
        if (value instanceof JsonString json) {
            value = json.getString();
        }
        return value == null ? Optional.empty() : Optional.of(value.toString()).filter(s -> !s.isBlank());
    }
}
