package org.kolo.courses;

/**
 * A learner finished a piece of a course (a lesson marked done, a quiz passed). Fired inside the transaction
 * that saved it; observers that act on a completed course (certificates) listen after its commit.
 */
public record CourseWorkDone(String accountId, String courseId) {}
