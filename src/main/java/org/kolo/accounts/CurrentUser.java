package org.kolo.accounts;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.oidc.RefreshToken;
import io.quarkus.security.identity.SecurityIdentity;

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
        return claim("preferred_username").orElse(identity.isAnonymous() ? "" : identity.getPrincipal().getName());
    }

    public Optional<String> city() {
        return claim("city");
    }

    /** The language set on the account in Keycloak, if any. */
    public Optional<String> locale() {
        return claim("locale");
    }

    /**
     * The city a report covers for this person: admins choose one, or the whole region (null); everyone else sees
     * their own city only ("-", matching nothing, when the account has none).
     */
    public String reportCity(String requested) {
        if (hasRole(Roles.ADMIN)) {
            return requested == null || requested.isBlank() ? null : requested;
        }
        return city().orElse("-");
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
