package org.kolo.courses;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A course as imported from the content folder. */
@Entity
public class Course extends PanacheEntityBase {

    @Id
    public String id;

    public int version;

    public Access access;

    public int position;

    /** Comma-separated required languages, such as {@code ru,uk,kk}. */
    public String languages;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> titles;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> summaries;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "neutral_titles")
    public Map<String, String> neutralTitles;

    @Column(name = "neutral_page_titles")
    public boolean neutralPageTitles;

    /** Comma-separated quiz ids the completion rule requires (used once quizzes exist). */
    @Column(name = "required_quizzes")
    public String requiredQuizzes;

    /** The quizzes taken before and after the course, compared in its report; null when there are none. */
    @Column(name = "test_before")
    public String testBefore;

    @Column(name = "test_after")
    public String testAfter;

    /** Hours printed on certificates; null means the lessons' reading time. */
    @Column(name = "certificate_hours")
    public BigDecimal certificateHours;

    /** Months a certificate stays valid; null means it does not expire. */
    @Column(name = "certificate_valid_months")
    public Integer certificateValidMonths;

    @Column(name = "content_hash")
    public String contentHash;

    public boolean retired;

    @Column(name = "loaded_at")
    public Instant loadedAt;

    public static List<Course> active() {
        return list("retired = false order by position");
    }
}
