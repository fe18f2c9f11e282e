package org.kolo.accounts;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * The last day each account signed in or called the API, by UTC date only. Sign-ins are noted in memory on the
 * request's thread (which may be an event loop) and written in one batch every few seconds, only ever forwards, so
 * several instances agree and a burst of logins costs one statement.
 */
@ApplicationScoped
public class LastSeen {

    private static final Logger LOG = Logger.getLogger(LastSeen.class);

    @Inject
    EntityManager entityManager;

    Clock clock = Clock.systemUTC();

    private final Map<String, LocalDate> pending = new ConcurrentHashMap<>();

    /** Notes that this account is in use today. */
    public void seen(String accountId) {
        if (accountId != null) {
            pending.merge(accountId, LocalDate.now(clock.withZone(ZoneOffset.UTC)), (a, b) -> a.isAfter(b) ? a : b);
        }
    }

    /** The last day the account was used, as last written. */
    @Transactional
    public Optional<LocalDate> of(String accountId) {
        return entityManager
                .createNativeQuery("select last_seen_on from account_activity where account_id = ?1", LocalDate.class)
                .setParameter(1, accountId)
                .getResultStream()
                .findFirst()
                .map(LocalDate.class::cast);
    }

    @Scheduled(
            every = "${kolo.accounts.write-last-seen-every:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void write() {
        if (pending.isEmpty()) {
            return;
        }
        Map<String, LocalDate> batch = Map.copyOf(pending);
        batch.forEach(pending::remove);
        try {
            batch.forEach((account, day) -> entityManager
                    .createNativeQuery("""
                            insert into account_activity (account_id, last_seen_on) values (?1, ?2)
                            on conflict (account_id) do update set last_seen_on = excluded.last_seen_on
                            where account_activity.last_seen_on < excluded.last_seen_on""")
                    .setParameter(1, account)
                    .setParameter(2, day)
                    .executeUpdate());
        } catch (RuntimeException e) {
            batch.forEach((account, day) -> pending.merge(account, day, (a, b) -> a.isAfter(b) ? a : b));
            LOG.warnf(
                    "Last sign-in dates could not be written (%s); trying again shortly",
                    e.getClass().getSimpleName());
        }
    }
}
