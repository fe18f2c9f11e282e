package org.kolo.certificates;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.kolo.accounts.AccountDirectory;
import org.kolo.accounts.AccountDirectory.Account;
import org.kolo.accounts.CurrentUser;
import org.kolo.accounts.Roles;
import org.kolo.courses.Catalog;
import org.kolo.courses.Catalog.CatalogCourse;
import org.kolo.web.Language;
import org.kolo.web.RefusedRequest;

/**
 * Certificates issued by hand: admins for anyone, coordinators for learners of their city, trainers for their group
 * (today the learners of their city; the participants of their face-to-face session once sessions exist). A nickname
 * outside the issuer's reach is answered like an unknown one. Nobody issues a certificate to herself, and the title
 * printed is always the course's.
 */
@RequestScoped
public class HandIssuing {

    public static final int MAX_LEARNERS = 200;

    @Inject
    CurrentUser user;

    @Inject
    CertificateHolders holders;

    @Inject
    AccountDirectory directory;

    @Inject
    CertificateIssuer issuer;

    @Inject
    Catalog catalog;

    /** Whom to issue a course's certificate to. */
    public record Request(
            @NotBlank String courseId,
            @NotEmpty @Size(max = MAX_LEARNERS) List<@NotBlank @Size(max = 80) String> learners) {}

    /**
     * What happened for one nickname: {@code issued}, {@code already-issued}, {@code unknown-learner} or
     * {@code not-yourself}.
     */
    public record Result(String learner, String outcome, UUID id, String code) {}

    public List<Result> issue(Request request) {
        CatalogCourse course =
                catalog.course(request.courseId()).orElseThrow(() -> new RefusedRequest(422, "unknown-course"));
        IssueReason reason =
                user.hasRole(Roles.ADMIN) || user.hasRole(Roles.COORDINATOR) ? IssueReason.MANUAL : IssueReason.GROUP;
        Set<String> nicknames = new LinkedHashSet<>();
        request.learners().forEach(n -> nicknames.add(n.strip()));
        List<Result> results = new ArrayList<>();
        for (String nickname : nicknames) {
            Optional<Account> account = directory.byNickname(nickname).filter(this::inReach);
            if (account.isEmpty()) {
                results.add(new Result(nickname, "unknown-learner", null, null));
                continue;
            }
            if (account.get().id().equals(user.id().orElseThrow())) {
                results.add(new Result(nickname, "not-yourself", null, null));
                continue;
            }
            Recipient recipient = holders.recipient(
                    account.get().id(), account.get().city().orElse(null), languageOf(account.get(), course));
            CertificateIssuer.Issued issued = issuer.issue(
                    new IssueOrder(recipient, course.id(), reason, user.id().orElseThrow(), null));
            results.add(new Result(
                    nickname,
                    issued.created() ? "issued" : "already-issued",
                    issued.certificate().id,
                    issued.certificate().printedCode()));
        }
        return results;
    }

    private boolean inReach(Account account) {
        return account.cities().stream().anyMatch(user::reaches) || user.hasRole(Roles.ADMIN);
    }

    private static Language languageOf(Account account, CatalogCourse course) {
        return account.locale()
                .flatMap(Language::fromTag)
                .or(() -> course.languages().stream().findFirst().flatMap(Language::fromTag))
                .orElse(Language.DEFAULT);
    }
}
