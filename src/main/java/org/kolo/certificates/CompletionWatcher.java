package org.kolo.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.logging.Logger;
import org.kolo.accounts.CurrentUser;
import org.kolo.courses.Catalog;
import org.kolo.courses.Catalog.CatalogCourse;
import org.kolo.courses.CourseWorkDone;
import org.kolo.courses.ProgressService;
import org.kolo.courses.ProgressSnapshot;
import org.kolo.web.RequestLanguage;

/**
 * Issues a certificate when a learner completes a course by its rule. It acts after her lesson or quiz is saved, so
 * a certificate never fails her progress; one that could not be made then (storage down) is made when she next
 * opens her certificates.
 */
@ApplicationScoped
public class CompletionWatcher {

    private static final Logger LOG = Logger.getLogger(CompletionWatcher.class);

    @Inject
    CurrentUser user;

    @Inject
    RequestLanguage language;

    @Inject
    CertificateHolders holders;

    @Inject
    ProgressService progress;

    @Inject
    Catalog catalog;

    @Inject
    CertificateIssuer issuer;

    void onWorkDone(@Observes(during = TransactionPhase.AFTER_SUCCESS) CourseWorkDone work) {
        if (!user.isAuthenticated() || !user.id().orElse("").equals(work.accountId())) {
            return;
        }
        try {
            catalog.course(work.courseId())
                    .ifPresent(course -> issueIfCompleted(course, progress.of(work.accountId())));
        } catch (RuntimeException e) {
            LOG.warnf(
                    "A certificate for a completed course was not issued now (%s); it will be when she opens her "
                            + "certificates",
                    e.toString());
        }
    }

    /** Issues the certificate of every course the signed-in learner has completed and holds none for. */
    public void issueDue() {
        ProgressSnapshot learner = progress.of(user.id().orElseThrow());
        List<CatalogCourse> courses = catalog.courses();
        for (CatalogCourse course : courses) {
            issueIfCompleted(course, learner);
        }
    }

    private void issueIfCompleted(CatalogCourse course, ProgressSnapshot learner) {
        if (!progress.progressIn(course, learner).completed()) {
            return;
        }
        String accountId = user.id().orElseThrow();
        if (issuer.current(accountId, course.id(), null).isEmpty()) {
            Recipient recipient = holders.recipient(accountId, user.city().orElse(null), language.get());
            issuer.issue(IssueOrder.onCompletion(recipient, course.id()));
        }
    }
}
