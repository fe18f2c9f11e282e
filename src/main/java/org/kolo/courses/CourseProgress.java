package org.kolo.courses;

/** How far one person is in one course. */
public record CourseProgress(String courseId, int done, int total, boolean completed, String nextLessonId) {

    public int percent() {
        return total == 0 ? 0 : done * 100 / total;
    }

    public boolean started() {
        return done > 0;
    }
}
