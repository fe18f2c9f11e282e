package org.kolo.accounts;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Accounts an admin has disabled in Keycloak. Keycloak keeps a disabled account's sessions alive and tells no
 * client (keycloak/keycloak#37981), so every Kolo instance asks it for the disabled accounts every two seconds and
 * refuses their sessions from then on, instead of when their tokens expire minutes later.
 */
@ApplicationScoped
public class DisabledAccounts {

    private static final Logger LOG = Logger.getLogger(DisabledAccounts.class);
    private static final int PAGE = 500;

    @Inject
    Keycloak keycloak;

    @ConfigProperty(name = "quarkus.keycloak.admin-client.realm")
    String realm;

    private volatile Set<String> disabled = Set.of();

    /** Whether the account with this Keycloak id is disabled, as of the last read. */
    public boolean isDisabled(String accountId) {
        return accountId != null && disabled.contains(accountId);
    }

    @Scheduled(every = "${kolo.sessions.read-disabled-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void readDisabled() {
        try {
            Set<String> read = new HashSet<>();
            List<UserRepresentation> page;
            do {
                page = keycloak.realm(realm).users().search(null, read.size(), PAGE, false, true);
                page.forEach(account -> read.add(account.getId()));
            } while (page.size() == PAGE);
            disabled = Set.copyOf(read);
        } catch (RuntimeException e) {
            // The accounts read last stay refused; a disabled account's tokens still expire within minutes.
            LOG.warnf(
                    "Disabled accounts could not be read from Keycloak (%s); trying again shortly",
                    e.getClass().getSimpleName());
        }
    }
}
