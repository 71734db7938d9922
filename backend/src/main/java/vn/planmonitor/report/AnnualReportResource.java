package vn.planmonitor.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import vn.planmonitor.security.Role;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A plan's annual report (báo cáo năm) as DOCX or PDF, by file extension like the public CSV. Both list
 * problem+json among what they produce, so a client asking for it gets its errors, not a 406.
 * Readers of progress may download it; it is never public (it names units and their figures).
 */
@Path("/api/v1/plans/{id}/annual-report")
@RolesAllowed(Role.VIEWER_ROLE)
public class AnnualReportResource {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String PDF = "application/pdf";
    private static final String PROBLEM = "application/problem+json";

    @Inject
    AnnualReportService reports;

    @GET
    @Path("{year}.docx")
    @Produces({DOCX, PROBLEM})
    public Response docx(@PathParam("id") long id, @PathParam("year") String year) {
        AnnualReport report = reports.build(id, year);
        return attachment(DocxReport.write(report, charts(report)), DOCX, report, "docx");
    }

    @GET
    @Path("{year}.pdf")
    @Produces({PDF, PROBLEM})
    public Response pdf(@PathParam("id") long id, @PathParam("year") String year) {
        AnnualReport report = reports.build(id, year);
        return attachment(PdfReport.write(report, charts(report)), PDF, report, "pdf");
    }

    private static Map<String, byte[]> charts(AnnualReport report) {
        Map<String, byte[]> charts = new LinkedHashMap<>();
        report.targets().forEach(t -> charts.put(t.code(), ReportCharts.png(t, report.year())));
        return charts;
    }

    /** "bao-cao-nam-2019-D11-STI-2016-2020.pdf": plain ASCII, as plan codes are, so every browser keeps it. */
    private static Response attachment(byte[] body, String type, AnnualReport report, String extension) {
        String file = "bao-cao-nam-" + report.year() + "-" + report.planCode().replaceAll("[^A-Za-z0-9._-]", "_")
                + "." + extension;
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .build();
    }
}
