package vn.planmonitor.completeness;


import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Units × years: which reports are in, in what state, and which are late. */
public record CompletenessMatrixView(String planCode, int from, int to, String type, int currentYear,
                                     Instant generatedAt, List<Column> periods, List<Row> units) {

    /** One year, with its due date and totals over the rows shown. */
    public record Column(String period, LocalDate dueDate, int expectedUnits, int receivedUnits, int approvedUnits,
                         int lateUnits) {
    }

    public record Row(String orgUnitCode, String nameVi, String nameEn, String type, boolean active,
                      List<Cell> cells) {
    }

    /**
     * {@code lastChangedAt} is when the report was first submitted — what {@code late} is judged by; the
     * name is kept from the first version of the contract.
     */
    public record Cell(String period, ReportState status, boolean late, Long submissionId, Instant lastChangedAt) {
    }
}
