package org.kolo.certificates;

import java.util.UUID;

/**
 * A request to issue one certificate.
 *
 * @param reason {@code completion}, {@code manual} (admin or coordinator) or {@code group} (a trainer's group)
 * @param issuedBy the account that issued it by hand; null when Kolo issues it on completion
 * @param sessionId the face-to-face session it is for, or null
 */
public record IssueOrder(Recipient recipient, String courseId, String reason, String issuedBy, UUID sessionId) {

    public static IssueOrder onCompletion(Recipient recipient, String courseId) {
        return new IssueOrder(recipient, courseId, "completion", null, null);
    }
}
