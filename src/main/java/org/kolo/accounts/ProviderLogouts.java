package org.kolo.accounts;

import io.quarkus.oidc.SecurityEvent;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import java.lang.reflect.Field;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Keycloak's back-channel logout (a logout elsewhere, an admin's "sign out", an ended session): Quarkus checks the
 * logout token's signature, issuer and audience at /back-channel-logout and tells us; we end the session it names
 * on every instance.
 */
@ApplicationScoped
public class ProviderLogouts {

    private static final Logger LOG = Logger.getLogger(ProviderLogouts.class);

    @Inject
    EndedSessions ended;

    void onLogout(@ObservesAsync SecurityEvent event) {
        if (event.getEventType() != SecurityEvent.Type.OIDC_BACKCHANNEL_LOGOUT_INITIATED) {
            return;
        }
        Optional<String> session = sessionId(event.getEventProperties().get("logout_token"));
        session.ifPresentOrElse(
                ended::end,
                () -> LOG.warn("A back-channel logout named no session; cookies stay valid until their tokens expire"));
    }

    /**
     * The {@code sid} claim of the verified logout token. Quarkus hands over its verification result, whose claims
     * it keeps in a package-private field; BackChannelLogoutTest fails should a Quarkus upgrade move them.
     */
    static Optional<String> sessionId(Object verified) {
        if (verified == null) {
            return Optional.empty();
        }
        try {
            Field claims = verified.getClass().getDeclaredField("localVerificationResult");
            claims.setAccessible(true);
            JsonObject json = (JsonObject) claims.get(verified);
            return Optional.ofNullable(json == null ? null : json.getString("sid"));
        } catch (ReflectiveOperationException | ClassCastException e) {
            LOG.errorf(
                    "The logout token's claims could not be read (%s)",
                    e.getClass().getSimpleName());
            return Optional.empty();
        }
    }
}
