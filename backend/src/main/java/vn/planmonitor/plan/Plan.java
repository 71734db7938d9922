package vn.planmonitor.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.planmonitor.common.VersionedEntity;
import vn.planmonitor.period.Period;

import java.time.Instant;
import java.util.Optional;

/** A development plan: a span of years, targets to reach, and the indicators its units report. */
@Entity
@Table(name = "plan")
public class Plan extends VersionedEntity {

    @Column(nullable = false, length = 50)
    public String code;

    @Column(name = "title_vi", nullable = false)
    public String titleVi;

    @Column(name = "title_en", nullable = false)
    public String titleEn;

    @Column(name = "first_year", nullable = false)
    public int firstYear;

    @Column(name = "last_year", nullable = false)
    public int lastYear;

    @Column(name = "issuing_body_vi", nullable = false)
    public String issuingBodyVi;

    @Column(name = "issuing_body_en", nullable = false)
    public String issuingBodyEn;

    @Column(name = "source_url")
    public String sourceUrl;

    @Column(name = "source_text", columnDefinition = "TEXT")
    public String sourceText;

    /** Reports for a period are due this many days after the period ends (31 → 31 January for a year). */
    @Column(name = "report_deadline_days", nullable = false)
    public int reportDeadlineDays;

    /** When an admin published the plan on the public portal; {@code null}: not public. */
    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "published_by", length = 100)
    public String publishedBy;

    public static Optional<Plan> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** A plan the public portal shows; anything else is answered there as if it did not exist. */
    public static Optional<Plan> findPublished(String code) {
        return find("code = ?1 and publishedAt is not null", code).firstResultOptional();
    }

    public boolean covers(Period period) {
        return period.year() >= firstYear && period.year() <= lastYear;
    }
}
