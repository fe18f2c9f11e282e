package org.kolo.courses;

/** How far one person is in one course; {@code opened} when she visited or finished any of its lessons. */
public record CourseProgress(
        String courseId, int done, int total, boolean completed, boolean opened, String nextLessonId) {

    public int percent() {
        return total == 0 ? 0 : done * 100 / total;
    }

    public boolean started() {
        return done > 0;
    }
}
