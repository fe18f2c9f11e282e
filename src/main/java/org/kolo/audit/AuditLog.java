package org.kolo.audit;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.kolo.accounts.CurrentUser;

/** Writes and reads the audit log. The actor is always the person behind the current request. */
@ApplicationScoped
public class AuditLog {

    public static final int PAGE_SIZE = 100;

    @Inject
    CurrentUser user;

    /** The person an action was done to: her account id and nickname (none after she erased her account). */
    public record Subject(String id, String nickname, String city) {}

    @Transactional
    public void record(AuditAction action, Subject subject, String detail) {
        AuditEntry entry = new AuditEntry();
        entry.at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        entry.actorId = user.id().orElseThrow();
        entry.actorNickname = user.nickname();
        entry.action = action.code();
        entry.subjectId = subject.id();
        entry.subjectNickname = subject.nickname();
        entry.city = subject.city();
        entry.detail = detail;
        entry.persist();
    }

    /** The newest entries, older than {@code beforeId} when given: one page. */
    public List<AuditEntry> page(Long beforeId) {
        var query = beforeId == null
                ? AuditEntry.<AuditEntry>find("order by at desc, id desc")
                : AuditEntry.<AuditEntry>find("id < ?1 order by at desc, id desc", beforeId);
        return query.page(Page.ofSize(PAGE_SIZE)).list();
    }

    /** What was done to one account, newest first. */
    public List<AuditEntry> about(String subjectId) {
        return AuditEntry.<AuditEntry>find("subjectId = ?1 order by at desc, id desc", subjectId)
                .page(Page.ofSize(PAGE_SIZE))
                .list();
    }
}
