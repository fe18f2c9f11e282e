package org.kolo.certificates;

import java.util.UUID;

/**
 * A request to issue one certificate.
 *
 * @param issuedBy the account that issued it by hand; null when Kolo issues it on completion
 * @param sessionId the face-to-face session it is for, or null
 */
public record IssueOrder(Recipient recipient, String courseId, IssueReason reason, String issuedBy, UUID sessionId) {

    public static IssueOrder onCompletion(Recipient recipient, String courseId) {
        return new IssueOrder(recipient, courseId, IssueReason.COMPLETION, null, null);
    }
}
