package vn.planmonitor.plan;

public record PlanInput(String code, String titleVi, String titleEn, Integer firstYear, Integer lastYear,
                        String issuingBodyVi, String issuingBodyEn, String sourceUrl, String sourceText,
                        Integer reportDeadlineDays) {
}
