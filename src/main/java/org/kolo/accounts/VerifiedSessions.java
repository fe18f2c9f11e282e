package org.kolo.accounts;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Remembers identities that Quarkus OIDC has already verified, so that it does not verify the same credential on
 * every request: a browser session's, keyed by a hash of the session cookie, until its ID token expires (decrypting
 * the cookies and checking the token's signature again was a third of the CPU a signed-in page costs); and an API
 * bearer token's, keyed by a hash of the token, until the token expires (its RSA signature and claims were a sixth of
 * the CPU a quiz answer costs). The semantics stay OIDC's: the cookie or the token is the credential, an entry lives
 * no longer than the token, and anything unusual (a refresh, a token not seen before) goes to OIDC itself. A browser
 * session that has ended ({@link EndedSessions}) or whose account is disabled ({@link DisabledAccounts}) is anonymous
 * from then on, and its cookies are deleted, though the ID token inside them would still verify for minutes.
 */
@ApplicationScoped
public class VerifiedSessions implements HttpAuthenticationMechanism {

    static final String SESSION_COOKIE = "q_session";
    private static final String BEARER = "Bearer ";
    /** Keeps token entries apart from cookie entries in the one cache. */
    private static final String TOKEN_KEY = "bearer:";

    private static final Duration SKEW = Duration.ofSeconds(10);

    private final Cache<String, Verified> sessions = Caffeine.newBuilder()
            .maximumSize(20_000)
            .expireAfter(Expiry.creating((String cookie, Verified verified) -> verified.lifetime()))
            .build();

    @Inject
    OidcAuthenticationMechanism oidc;

    @Inject
    EndedSessions ended;

    @Inject
    DisabledAccounts disabled;

    @Inject
    LastSeen lastSeen;

    record Verified(SecurityIdentity identity, Instant expires) {
        Duration lifetime() {
            Duration left = Duration.between(Instant.now(), expires.minus(SKEW));
            return left.isNegative() ? Duration.ZERO : left;
        }
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        if (ApiRequests.isApi(context.normalizedPath())) {
            return bearer(context, identities);
        }
        Cookie cookie = context.request().getCookie(SESSION_COOKIE);
        if (cookie == null) {
            return Uni.createFrom().nullItem();
        }
        String before = EndedSessions.hash(cookie.getValue());
        Verified known = sessions.getIfPresent(before);
        if (known != null && !known.lifetime().isZero()) {
            return Uni.createFrom().item(unlessEnded(context, known.identity()));
        }
        return oidc.authenticate(context, identities)
                .map(identity -> unlessEnded(context, identity))
                .invoke(identity -> remember(context, before, identity));
    }

    /**
     * An API call's bearer token: the identity OIDC verified for exactly this token string, while it is valid. The
     * token is the credential, as the cookie is for pages; a different or altered token is verified anew.
     */
    private Uni<SecurityIdentity> bearer(RoutingContext context, IdentityProviderManager identities) {
        String authorization = context.request().getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Uni.createFrom().nullItem();
        }
        String key = TOKEN_KEY
                + EndedSessions.hash(authorization.substring(BEARER.length()).trim());
        Verified known = sessions.getIfPresent(key);
        if (known != null && !known.lifetime().isZero()) {
            return Uni.createFrom().item(unlessEnded(known.identity()));
        }
        return oidc.authenticate(context, identities)
                .invoke(identity -> rememberToken(key, identity))
                .map(this::unlessEnded);
    }

    private void rememberToken(String key, SecurityIdentity identity) {
        if (identity != null
                && !identity.isAnonymous()
                && identity.getCredential(AccessTokenCredential.class) != null
                && identity.getPrincipal() instanceof JsonWebToken token
                && token.getExpirationTime() > 0) {
            sessions.put(key, new Verified(detached(identity), Instant.ofEpochSecond(token.getExpirationTime())));
            lastSeen.seen(token.getSubject());
        }
    }

    private SecurityIdentity unlessEnded(RoutingContext context, SecurityIdentity identity) {
        SecurityIdentity checked = unlessEnded(identity);
        if (checked != identity) {
            forgetSessionCookies(context);
        }
        return checked;
    }

    /**
     * Anonymous when the sign-in behind the identity has ended or its account is disabled: a bearer token of an app
     * is refused then too, instead of working until it expires minutes later.
     */
    private SecurityIdentity unlessEnded(SecurityIdentity identity) {
        if (identity == null
                || !(identity.getPrincipal() instanceof JsonWebToken token)
                || !ended.isEnded(token.getClaim("sid")) && !disabled.isDisabled(token.getSubject())) {
            return identity;
        }
        return QuarkusSecurityIdentity.builder().setAnonymous(true).build();
    }

    /** Tells the browser to delete every cookie of the Kolo session it sent. */
    static void forgetSessionCookies(RoutingContext context) {
        for (Cookie cookie : context.request().cookies()) {
            if (cookie.getName().startsWith(SESSION_COOKIE)) {
                context.response()
                        .addCookie(
                                Cookie.cookie(cookie.getName(), "").setPath("/").setMaxAge(0));
            }
        }
    }

    private void remember(RoutingContext context, String before, SecurityIdentity identity) {
        if (identity == null
                || identity.isAnonymous()
                || identity.getCredential(IdTokenCredential.class) == null
                || !(identity.getPrincipal() instanceof JsonWebToken token)
                || token.getExpirationTime() <= 0) {
            return;
        }
        // After a refresh the browser will send the new cookie, so that is the one the identity belongs to.
        Cookie after = context.request().getCookie(SESSION_COOKIE);
        String key = after != null ? EndedSessions.hash(after.getValue()) : before;
        if (!key.equals(before)) {
            sessions.invalidate(before);
        }
        sessions.put(key, new Verified(detached(identity), Instant.ofEpochSecond(token.getExpirationTime())));
        lastSeen.seen(token.getSubject());
    }

    /** The identity without the per-request objects OIDC attaches to it (the routing context above all). */
    private static SecurityIdentity detached(SecurityIdentity identity) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials())
                .addAttribute("tenant-id", identity.getAttribute("tenant-id"))
                .addAttribute("quarkus.identity.expire-time", identity.getAttribute("quarkus.identity.expire-time"))
                .build();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of();
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 10;
    }
}
