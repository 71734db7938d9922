package vn.planmonitor.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.planmonitor.common.Problem;
import vn.planmonitor.common.QueryParams;
import vn.planmonitor.common.Text;
import vn.planmonitor.common.ApiException;
import vn.planmonitor.common.Messages;
import vn.planmonitor.common.Violations;
import vn.planmonitor.exchange.DataElements.DataElement;
import vn.planmonitor.exchange.ExcelTemplates.Line;
import vn.planmonitor.exchange.ImportSummary.Status;
import vn.planmonitor.orgunit.OrgUnit;
import vn.planmonitor.security.Role;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Bulk exchange in DHIS2's data value set shape: JSON, CSV and Excel in, the same out. */
@Path("/api/v1/dataValueSets")
@RolesAllowed(Role.READER_ROLE)
public class DataValueSetResource {

    static final String CSV = "text/csv";
    static final String XLSX = ExcelTemplates.MEDIA_TYPE;

    @Inject
    ImportService imports;

    @Inject
    ExportService exports;

    @Inject
    Idempotency idempotency;

    @Inject
    ObjectMapper json;

    @Inject
    ImportLimits limits;

    @POST
    @RolesAllowed(Role.REPORTER_ROLE)
    @Consumes({MediaType.APPLICATION_JSON, CSV, XLSX})
    @Produces(MediaType.APPLICATION_JSON)
    public Response importValues(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                 @HeaderParam(Idempotency.HEADER) String key, @QueryParam("dryRun") String dryRun,
                                 @QueryParam("importStrategy") String strategy, @QueryParam("atomic") String atomic,
                                 @QueryParam("plan") String plan, @Context UriInfo uri, @Context HttpHeaders headers)
            throws IOException {
        Violations v = new Violations();
        Boolean dry = QueryParams.booleanParam(dryRun, "dryRun", v);
        Boolean allOrNothing = QueryParams.booleanParam(atomic, "atomic", v);
        ImportStrategy chosen = QueryParams.enumParam(ImportStrategy.class, strategy, "importStrategy", v);
        v.throwIfAny();
        var options = new ImportService.Options(Text.trimToNull(plan),
                chosen == null ? ImportStrategy.CREATE_AND_UPDATE : chosen, Boolean.TRUE.equals(dry),
                !Boolean.FALSE.equals(allOrNothing), Messages.pick(headers.getAcceptableLanguages()));
        byte[] bytes = body == null ? new byte[0] : body;
        String idempotencyKey = key == null ? null : key.trim();
        if (idempotencyKey != null) {
            Optional<Idempotency.Remembered> replay = idempotency.claim(idempotencyKey, Idempotency.hash("POST",
                    uri.getRequestUri().getRawPath(), uri.getRequestUri().getRawQuery(), bytes));
            if (replay.isPresent()) {
                return Response.status(replay.get().status()).type(replay.get().contentType())
                        .entity(replay.get().body()).header("Idempotent-Replayed", "true").build();
            }
        }
        try {
            String dataSet = null;
            List<ImportRow> rows;
            String type = contentType == null ? "" : contentType.toLowerCase();
            if (type.startsWith(CSV)) {
                rows = CsvDataValues.parse(bytes, limits.maxRows());
            } else if (type.startsWith(XLSX)) {
                rows = XlsxDataValues.parse(bytes, limits);
            } else {
                JsonDataValues.Parsed set = JsonDataValues.parse(json, bytes, limits.maxRows());
                dataSet = set.dataSet();
                rows = set.rows();
            }
            Idempotency.Remembered response = imports.runRemembered(dataSet, rows, options, idempotencyKey,
                    summary -> new Idempotency.Remembered(summary.status() == Status.ERROR ? 409 : 200,
                            MediaType.APPLICATION_JSON, write(summary)));
            return Response.status(response.status()).type(response.contentType()).entity(response.body()).build();
        } catch (RuntimeException | IOException e) {
            if (idempotencyKey != null) {
                idempotency.release(idempotencyKey);
            }
            throw e;
        }
    }

    @GET
    // Problem type too: see PublicResource.csv.
    @Produces({MediaType.APPLICATION_JSON, CSV, XLSX, Problem.MEDIA_TYPE})
    public Response export(@QueryParam("plan") String plan, @QueryParam("period") String period,
                           @QueryParam("orgUnit") String orgUnit, @QueryParam("format") String format,
                           @Context HttpHeaders headers) {
        Violations v = new Violations();
        String chosen = format(format, headers, v);
        v.throwIfAny();
        ExportService.Selection selection = exports.select(Text.trimToNull(plan), Text.trimToNull(period),
                Text.trimToNull(orgUnit), "orgUnit", false);
        String file = selection.plan().code + (selection.period() == null ? "" : "_" + selection.period().code());
        return switch (chosen) {
            case "csv" -> attachment(CsvDataValues.write(exports.dataValueSet(selection).dataValues()), CSV + ";charset=UTF-8",
                    file + ".csv");
            case "xlsx" -> attachment(exportSheet(selection), XLSX, file + ".xlsx");
            default -> Response.ok(exports.dataValueSet(selection), MediaType.APPLICATION_JSON).build();
        };
    }

    @GET
    @Path("template")
    @RolesAllowed({Role.REPORTER_ROLE, Role.READER_ROLE})
    @Produces({XLSX, Problem.MEDIA_TYPE})
    public Response template(@QueryParam("plan") String plan, @QueryParam("period") String period,
                             @QueryParam("orgUnits") String orgUnits) {
        ExportService.Selection selection = exports.select(Text.trimToNull(plan), Text.trimToNull(period),
                Text.trimToNull(orgUnits), "orgUnits", true);
        List<Line> lines = exports.templateUnits(selection).stream()
                .map(u -> new Line(u, selection.period().code(), Map.<String, String>of())).toList();
        byte[] xlsx = ExcelTemplates.write(title(selection), selection.columns(), lines);
        return attachment(xlsx, XLSX, "mau_" + selection.plan().code + "_" + selection.period().code() + ".xlsx");
    }

    private byte[] exportSheet(ExportService.Selection selection) {
        Map<String, Line> lines = new LinkedHashMap<>();
        List<DataElement> columns = selection.columns();
        for (ExportService.Stored stored : exports.stored(selection)) {
            Line line = lines.computeIfAbsent(stored.unit().code + "|" + stored.period(),
                    k -> new Line(stored.unit(), stored.period(), new HashMap<>()));
            for (DataElement element : DataElements.of(stored.indicator())) {
                String value = ExportService.valueOf(stored, element);
                if (value != null) {
                    line.values().put(element.code(), value);
                }
            }
        }
        return ExcelTemplates.write(title(selection), columns, new ArrayList<>(lines.values()));
    }

    private static String title(ExportService.Selection s) {
        return s.plan().titleVi + (s.period() == null ? "" : " — " + s.period().nameVi());
    }

    /** {@code format} wins; otherwise the first of CSV or XLSX the client accepts; otherwise JSON. */
    private static String format(String format, HttpHeaders headers, Violations v) {
        String given = Text.trimToNull(format);
        if (given != null) {
            if (!List.of("json", "csv", "xlsx").contains(given)) {
                v.add("format", "not-one-of", "json, csv, xlsx");
            }
            return given;
        }
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isWildcardType()) {
                return "json";
            }
            String t = accepted.getType() + "/" + accepted.getSubtype();
            if (t.equals(CSV)) {
                return "csv";
            }
            if (t.equals(XLSX)) {
                return "xlsx";
            }
            if (t.equals(MediaType.APPLICATION_JSON)) {
                return "json";
            }
        }
        return "json";
    }

    private static Response attachment(Object body, String type, String filename) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .build();
    }

    private String write(ImportSummary summary) {
        try {
            return json.writeValueAsString(summary);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
