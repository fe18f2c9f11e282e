package org.kolo.content;

import java.util.List;

/** What one import did: nothing at all when the content did not change. */
public record LoadReport(
        int coursesWritten,
        int coursesUnchanged,
        int lessonTextsWritten,
        int lessonsRetired,
        int coursesRetired,
        List<String> coursesRefused,
        List<String> problems) {}
