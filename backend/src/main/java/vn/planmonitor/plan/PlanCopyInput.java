package vn.planmonitor.plan;

/**
 * The next cycle of a plan: its own code, titles and years; everything else is copied (see
 * {@link PlanDefinitionService#copy}).
 *
 * @param indicatorCodeSuffix appended to every indicator code (indicator codes are unique across plans);
 *                            default {@code _<firstYear>}
 */
public record PlanCopyInput(String code, String titleVi, String titleEn, Integer firstYear, Integer lastYear,
                            String indicatorCodeSuffix) {
}
