package org.kolo.quizzes;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The before/after report as a CSV download; it starts with a byte order mark so that Excel reads Cyrillic. */
final class KnowledgeReportCsv {

    private static final String BOM = "\uFEFF";

    private KnowledgeReportCsv() {}

    static Response download(KnowledgeReport.Report report) {
        StringBuilder csv = new StringBuilder(BOM)
                .append("course,city,part,quiz,question,people,average_percent," + "correct_share,hidden\r\n");
        String where = report.cities() == null ? "" : String.join(" ", report.cities());
        for (KnowledgeReport.Score score : new KnowledgeReport.Score[] {report.before(), report.after()}) {
            if (score != null) {
                row(
                        csv,
                        report.course(),
                        where,
                        score == report.before() ? "before" : "after",
                        score.quiz(),
                        "",
                        score.people(),
                        score.averagePercent(),
                        null,
                        score.hidden());
            }
        }
        if (report.gain() != null) {
            row(csv, report.course(), where, "gain", "", "", null, report.gain(), null, false);
        }
        for (KnowledgeReport.QuestionDifficulty q : report.questions()) {
            row(
                    csv,
                    report.course(),
                    where,
                    "question",
                    q.quiz(),
                    q.question(),
                    q.answered(),
                    null,
                    q.correctShare(),
                    q.hidden());
        }
        return Response.ok(csv.toString().getBytes(StandardCharsets.UTF_8))
                .type("text/csv; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + report.course() + "-tests.csv\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    private static void row(
            StringBuilder csv,
            String course,
            String city,
            String part,
            String quiz,
            String question,
            Integer people,
            BigDecimal average,
            BigDecimal share,
            boolean hidden) {
        List<String> cells = List.of(
                course,
                city,
                part,
                quiz,
                question,
                people == null ? "" : people.toString(),
                average == null ? "" : average.toPlainString(),
                share == null ? "" : share.toPlainString(),
                Boolean.toString(hidden));
        csv.append(String.join(",", cells.stream().map(KnowledgeReportCsv::cell).toList()))
                .append("\r\n");
    }

    /** Quoted when needed; a leading = + - @ is defused so a spreadsheet never runs it as a formula. */
    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?\\d+(\\.\\d+)?")
                ? "'" + value
                : value;
        return safe.matches("[^\",\r\n]*") ? safe : "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
