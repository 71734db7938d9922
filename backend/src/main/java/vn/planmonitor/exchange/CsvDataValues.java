package vn.planmonitor.exchange;

import vn.planmonitor.common.ApiException;
import vn.planmonitor.exchange.DataValueSet.DataValue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Data values as CSV in DHIS2's column order (RFC 4180 quoting, UTF-8, an optional header row):
 * {@code dataelement,period,orgunit,categoryoptioncombo,attributeoptioncombo,value,storedby,lastupdated,comment,followup,deleted}.
 * Columns are read by position, as DHIS2 does; trailing columns may be left out.
 */
final class CsvDataValues {

    static final String HEADER = "dataelement,period,orgunit,categoryoptioncombo,attributeoptioncombo,value,"
            + "storedby,lastupdated,comment,followup,deleted";

    private CsvDataValues() {
    }

    static List<ImportRow> parse(byte[] body, int maxRows) {
        String text = decode(body);
        // One more than the limit: the first record may be the header.
        List<List<String>> records = records(text, (int) Math.min(Integer.MAX_VALUE, maxRows + 1L));
        List<ImportRow> rows = new ArrayList<>(records.size());
        int first = 0;
        if (!records.isEmpty() && !records.get(0).isEmpty()
                && "dataelement".equalsIgnoreCase(records.get(0).get(0).trim())) {
            first = 1;
        }
        ImportLimits.checkRows(records.size() - first, maxRows);
        for (int r = first; r < records.size(); r++) {
            List<String> f = records.get(r);
            rows.add(new ImportRow(r - first, at(f, 0), at(f, 1), at(f, 2), at(f, 3), at(f, 4), at(f, 5),
                    "true".equalsIgnoreCase(String.valueOf(at(f, 10)).trim())));
        }
        return rows;
    }

    static String write(List<DataValue> values) {
        StringBuilder out = new StringBuilder(64 * (values.size() + 1)).append(HEADER).append("\r\n");
        for (DataValue v : values) {
            out.append(quote(v.dataElement())).append(',').append(quote(v.period())).append(',')
                    .append(quote(v.orgUnit())).append(',').append(quote(v.categoryOptionCombo())).append(',')
                    .append(quote(v.attributeOptionCombo())).append(',').append(quote(v.value())).append(',')
                    .append(quote(v.storedBy())).append(',').append(quote(v.lastUpdated())).append(',')
                    .append(quote(v.comment())).append(',')
                    .append(v.followup() == null ? "" : v.followup().toString()).append(',')
                    .append(v.deleted() == null ? "" : v.deleted().toString()).append("\r\n");
        }
        return out.toString();
    }

    private static String at(List<String> fields, int i) {
        return i < fields.size() ? fields.get(i) : null;
    }

    private static String quote(String s) {
        if (s == null) {
            return "";
        }
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    private static String decode(byte[] body) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw ApiException.badRequest("not-utf8");
        }
    }

    /** RFC 4180 records; blank lines are skipped, a quote left open is refused with its line number. */
    private static List<List<String>> records(String text, int maxRecords) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int line = 1;
        int quoteLine = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    quoted = true;
                    fieldStarted = true;
                    quoteLine = line;
                }
                case ',' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    fieldStarted = true;
                }
                case '\r' -> {
                }
                case '\n' -> {
                    line++;
                    endRecord(records, fields, field, fieldStarted);
                    // Refused while reading: 10 MB of short lines would be millions of records in memory.
                    ImportLimits.checkRows(records.size(), maxRecords);
                    fields = new ArrayList<>();
                    fieldStarted = false;
                }
                default -> {
                    field.append(c);
                    fieldStarted = true;
                }
            }
        }
        if (quoted) {
            throw ApiException.badRequest("malformed-csv", String.format(Locale.ROOT, "%d", quoteLine));
        }
        endRecord(records, fields, field, fieldStarted);
        return records;
    }

    private static void endRecord(List<List<String>> records, List<String> fields, StringBuilder field,
                                  boolean started) {
        if (!started && fields.isEmpty()) {
            return;
        }
        fields.add(field.toString());
        field.setLength(0);
        records.add(fields);
    }
}
