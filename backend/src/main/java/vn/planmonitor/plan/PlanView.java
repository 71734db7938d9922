package vn.planmonitor.plan;

import vn.planmonitor.common.Responses;

import java.time.Instant;

public record PlanView(long id, String code, String titleVi, String titleEn, int firstYear, int lastYear,
                       String issuingBodyVi, String issuingBodyEn, String sourceUrl, String sourceText,
                       int reportDeadlineDays, Instant publishedAt, Instant createdAt, Instant updatedAt, long version)
        implements Responses.Versioned {

    static PlanView of(Plan p) {
        return new PlanView(p.id, p.code, p.titleVi, p.titleEn, p.firstYear, p.lastYear, p.issuingBodyVi,
                p.issuingBodyEn, p.sourceUrl, p.sourceText, p.reportDeadlineDays, p.publishedAt, p.createdAt, p.updatedAt,
                p.version);
    }
}
