package vn.planmonitor.exchange;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.jboss.logging.Logger;
import vn.planmonitor.common.ApiException;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an uploaded workbook laid out like {@link ExcelTemplates}' template into import rows, as a
 * stream: the zip is read from its central directory, the first sheet's XML is pulled element by
 * element (StAX) and only the cells the import needs are kept. Memory stays bounded by the limits,
 * not by what the file claims: every inflated byte counts against
 * {@link ImportLimits#maxXlsxUncompressedBytes()}, every value row against {@link ImportLimits#maxRows()}.
 * POI's workbook model is not used here because it holds the whole sheet as objects (6 GB for 100 MB
 * of XML) and its zip-bomb guard is a ratio, which a bomb can stay under.
 *
 * <p>Formula cells are marked, never read: their cached result is whatever the last program to save
 * the file wrote (or nothing at all), not a figure anybody entered. A DOCTYPE anywhere is refused:
 * no part of an .xlsx has one, and entity expansion is the other way to make small XML large.
 */
final class XlsxDataValues {

    private static final Logger LOG = Logger.getLogger(XlsxDataValues.class);
    /** Excel's own grid: 16,384 columns (XFD), 1,048,576 rows. Beyond them a reference is not Excel's. */
    private static final int MAX_COLUMNS = 16_384;
    private static final int MAX_SHEET_ROWS = 1_048_576;
    /** The template puts the code row second; a few title lines above it are tolerated. */
    private static final int CODE_ROW_SEARCH = 11;

    /** A refusal of the file as not an .xlsx we can read; the reason goes to the log only. */
    private static final class Malformed extends Exception {
        Malformed(String reason) {
            super(reason, null, false, false);
        }
    }

    /** One cell of a row: its text as the import reads it, and whether it holds a formula. */
    private record Cell(String text, boolean formula, String ref) {
    }

    private XlsxDataValues() {
    }

    /** Every filled value cell becomes a row for the import engine; its index is the Excel row number. */
    static List<ImportRow> parse(byte[] body, ImportLimits limits) {
        // A factory per upload: the JDK's is not documented as safe to share between threads.
        Budget budget = new Budget(limits.maxXlsxUncompressedBytes().asLongValue(), xmlFactory());
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(body)).get()) {
            String workbook = target(zip, budget, "_rels/.rels", "", "/officeDocument", "xl/workbook.xml");
            String folder = workbook.contains("/") ? workbook.substring(0, workbook.lastIndexOf('/') + 1) : "";
            String rels = folder + "_rels/" + workbook.substring(folder.length()) + ".rels";
            String sheetId = firstSheetId(zip, budget, workbook);
            Map<String, String> targets = relationships(zip, budget, rels, folder);
            String sheet = targets.get(sheetId);
            if (sheet == null) {
                throw new Malformed("the first sheet " + sheetId + " has no part");
            }
            String strings = targets.get("#sharedStrings");
            List<String> shared = strings == null ? List.of() : sharedStrings(zip, budget, strings);
            return rows(zip, budget, sheet, shared, limits.maxRows());
        } catch (TooLarge e) {
            throw new ApiException(413, "xlsx-too-large", ImportLimits.describe(budget.limit));
        } catch (Malformed e) {
            return refuse(e.getMessage());
        } catch (XMLStreamException | IOException | RuntimeException e) {
            if (e instanceof ApiException api) {
                throw api;
            }
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof TooLarge) {
                    throw new ApiException(413, "xlsx-too-large", ImportLimits.describe(budget.limit));
                }
            }
            // Not an exception trace: a broken upload is the sender's problem, one line says what it was.
            return refuse(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static List<ImportRow> refuse(String reason) {
        String line = String.valueOf(reason).replaceAll("\\s+", " ");
        LOG.warnf("Refused an .xlsx upload as malformed: %s", line.length() > 300 ? line.substring(0, 300) : line);
        throw ApiException.badRequest("malformed-xlsx");
    }

    // ------------------------------------------------------------------ package parts

    /** The target of the first relationship in {@code rels} whose type ends with {@code typeSuffix}. */
    private static String target(ZipFile zip, Budget budget, String rels, String folder, String typeSuffix,
                                 String fallback) throws IOException, XMLStreamException, Malformed {
        if (zip.getEntry(rels) == null) {
            return fallback;
        }
        XMLStreamReader xml = open(zip, budget, rels);
        try {
            while (next(xml) != XMLStreamConstants.END_DOCUMENT) {
                if (xml.isStartElement() && "Relationship".equals(xml.getLocalName())
                        && String.valueOf(attribute(xml, "Type")).endsWith(typeSuffix)) {
                    return resolve(folder, attribute(xml, "Target"));
                }
            }
            return fallback;
        } finally {
            xml.close();
        }
    }

    /** The relationship id of the first sheet in the workbook's order (what Excel shows leftmost). */
    private static String firstSheetId(ZipFile zip, Budget budget, String workbook)
            throws IOException, XMLStreamException, Malformed {
        XMLStreamReader xml = open(zip, budget, workbook);
        try {
            while (next(xml) != XMLStreamConstants.END_DOCUMENT) {
                if (xml.isStartElement() && "sheet".equals(xml.getLocalName())) {
                    for (int i = 0; i < xml.getAttributeCount(); i++) {
                        // r:id, whatever the prefix or the (transitional or strict) namespace.
                        if ("id".equals(xml.getAttributeLocalName(i)) && !xml.getAttributeNamespace(i).isEmpty()) {
                            return xml.getAttributeValue(i);
                        }
                    }
                    throw new Malformed("the first sheet has no relationship id");
                }
            }
            throw new Malformed("the workbook has no sheet");
        } finally {
            xml.close();
        }
    }

    /** The workbook's relationships: id → part name, and the shared strings part under "#sharedStrings". */
    private static Map<String, String> relationships(ZipFile zip, Budget budget, String rels, String folder)
            throws IOException, XMLStreamException, Malformed {
        Map<String, String> targets = new HashMap<>();
        XMLStreamReader xml = open(zip, budget, rels);
        try {
            while (next(xml) != XMLStreamConstants.END_DOCUMENT) {
                if (xml.isStartElement() && "Relationship".equals(xml.getLocalName())) {
                    String target = resolve(folder, attribute(xml, "Target"));
                    targets.putIfAbsent(String.valueOf(attribute(xml, "Id")), target);
                    if (String.valueOf(attribute(xml, "Type")).endsWith("/sharedStrings")) {
                        targets.putIfAbsent("#sharedStrings", target);
                    }
                }
            }
            return targets;
        } finally {
            xml.close();
        }
    }

    /** Every string of the shared table, rich text runs joined, phonetic guides ({@code rPh}) left out. */
    private static List<String> sharedStrings(ZipFile zip, Budget budget, String part)
            throws IOException, XMLStreamException, Malformed {
        List<String> strings = new ArrayList<>();
        XMLStreamReader xml = open(zip, budget, part);
        try {
            StringBuilder text = new StringBuilder();
            int phonetic = 0;
            boolean inText = false;
            while (next(xml) != XMLStreamConstants.END_DOCUMENT) {
                if (xml.isStartElement()) {
                    switch (xml.getLocalName()) {
                        case "si" -> text.setLength(0);
                        case "rPh" -> phonetic++;
                        case "t" -> inText = phonetic == 0;
                        default -> {
                        }
                    }
                } else if (xml.isEndElement()) {
                    switch (xml.getLocalName()) {
                        case "si" -> strings.add(text.toString());
                        case "rPh" -> phonetic--;
                        case "t" -> inText = false;
                        default -> {
                        }
                    }
                } else if (inText && isText(xml)) {
                    text.append(xml.getText());
                }
            }
            return strings;
        } finally {
            xml.close();
        }
    }

    // ------------------------------------------------------------------ the sheet

    /** Reads the sheet row by row, keeping only the cells of the columns the code row names. */
    private static List<ImportRow> rows(ZipFile zip, Budget budget, String part, List<String> shared, int maxRows)
            throws IOException, XMLStreamException, Malformed {
        Layout layout = new Layout();
        List<ImportRow> rows = new ArrayList<>();
        XMLStreamReader xml = open(zip, budget, part);
        try {
            Map<Integer, Cell> cells = new HashMap<>();
            int rowNumber = 0;
            int column = -1;
            String ref = null;
            String type = null;
            boolean formula = false;
            StringBuilder value = null;
            StringBuilder inline = null;
            boolean inValue = false;
            boolean inInline = false;
            int phonetic = 0;
            while (next(xml) != XMLStreamConstants.END_DOCUMENT) {
                if (xml.isStartElement()) {
                    switch (xml.getLocalName()) {
                        case "row" -> {
                            String r = attribute(xml, "r");
                            rowNumber = r == null ? rowNumber + 1 : number(r, MAX_SHEET_ROWS, "row");
                            cells.clear();
                            column = -1;
                        }
                        case "c" -> {
                            ref = attribute(xml, "r");
                            column = ref == null ? column + 1 : column(ref);
                            type = attribute(xml, "t");
                            formula = false;
                            value = null;
                            inline = null;
                        }
                        case "f" -> formula = true;
                        case "v" -> {
                            value = new StringBuilder();
                            inValue = true;
                        }
                        case "is" -> {
                            inline = new StringBuilder();
                            inInline = true;
                        }
                        case "rPh" -> phonetic++;
                        default -> {
                        }
                    }
                } else if (xml.isEndElement()) {
                    switch (xml.getLocalName()) {
                        case "v" -> inValue = false;
                        case "is" -> inInline = false;
                        case "rPh" -> phonetic--;
                        case "c" -> {
                            if (layout.wants(rowNumber, column)) {
                                String text = formula ? null : text(type, value, inline, shared);
                                cells.put(column, new Cell(text, formula, cellRef(column, rowNumber)));
                            }
                        }
                        case "row" -> layout.row(rowNumber, cells, rows, maxRows);
                        default -> {
                        }
                    }
                } else if (isText(xml)) {
                    if (inValue) {
                        value.append(xml.getText());
                    } else if (inInline && phonetic == 0) {
                        inline.append(xml.getText());
                    }
                }
            }
        } finally {
            xml.close();
        }
        if (!layout.found()) {
            throw new Malformed("no code row (orgUnit in column A) in the first " + CODE_ROW_SEARCH + " rows");
        }
        return rows;
    }

    /**
     * What the code row says: which column holds the period and which the data elements. Until it is
     * found only column A is kept (it holds {@code orgUnit} on the code row).
     */
    private static final class Layout {
        private int codeRow = -1;
        private int periodColumn = -1;
        private final List<Integer> valueColumns = new ArrayList<>();
        private final List<String> elementCodes = new ArrayList<>();
        private final Set<Integer> wanted = new HashSet<>();

        boolean found() {
            return codeRow > 0;
        }

        boolean wants(int row, int column) {
            if (codeRow < 0) {
                return row <= CODE_ROW_SEARCH;
            }
            return column == 0 || wanted.contains(column);
        }

        void row(int rowNumber, Map<Integer, Cell> cells, List<ImportRow> rows, int maxRows) throws Malformed {
            if (codeRow < 0) {
                Cell first = cells.get(0);
                if (rowNumber <= CODE_ROW_SEARCH && first != null
                        && ExcelTemplates.CODE_UNIT.equalsIgnoreCase(first.text())) {
                    readCodes(rowNumber, cells);
                }
                return;
            }
            Cell unit = cells.get(0);
            Cell period = cells.get(periodColumn);
            Cell formulaInLine = unit != null && unit.formula() ? unit : period != null && period.formula() ? period : null;
            for (int k = 0; k < valueColumns.size(); k++) {
                Cell cell = cells.get(valueColumns.get(k));
                if (cell == null || (cell.text() == null && !cell.formula())) {
                    continue;
                }
                Cell formula = cell.formula() ? cell : formulaInLine;
                rows.add(new ImportRow(rowNumber, elementCodes.get(k), text(period), text(unit), null, null,
                        cell.formula() ? null : answer(cell.text()), false, formula == null ? null : formula.ref()));
                ImportLimits.checkRows(rows.size(), maxRows);
            }
        }

        private void readCodes(int rowNumber, Map<Integer, Cell> cells) throws Malformed {
            for (Map.Entry<Integer, Cell> e : new java.util.TreeMap<>(cells).entrySet()) {
                String code = e.getValue().text();
                if (e.getKey() == 0 || code == null || ExcelTemplates.CODE_UNIT_NAME.equalsIgnoreCase(code)) {
                    continue;
                }
                if (ExcelTemplates.CODE_PERIOD.equalsIgnoreCase(code)) {
                    periodColumn = e.getKey();
                } else {
                    valueColumns.add(e.getKey());
                    elementCodes.add(code);
                }
            }
            if (periodColumn < 0) {
                throw new Malformed("the code row (row " + rowNumber + ") names no period column");
            }
            codeRow = rowNumber;
            wanted.add(periodColumn);
            wanted.addAll(valueColumns);
        }

        private static String text(Cell cell) {
            return cell == null || cell.formula() ? null : cell.text();
        }
    }

    /** A cell as the text the import reads: numbers in plain decimals (never 1E+3, never a locale's comma). */
    private static String text(String type, StringBuilder value, StringBuilder inline, List<String> shared)
            throws Malformed {
        String v = value == null ? null : value.toString().trim();
        String text = switch (type == null ? "n" : type) {
            case "s" -> {
                if (v == null) {
                    yield null;
                }
                int index = number(v, Integer.MAX_VALUE, "shared string index");
                if (index >= shared.size()) {
                    throw new Malformed("shared string " + index + " of " + shared.size());
                }
                yield shared.get(index);
            }
            case "inlineStr" -> inline == null ? v : inline.toString();
            case "b" -> v == null ? null : String.valueOf("1".equals(v) || "true".equalsIgnoreCase(v));
            case "e" -> null;
            case "n" -> v == null || v.isEmpty() ? null : plain(v);
            default -> v; // "str" (a formula's text result, formulas are refused before) and "d" (ISO dates)
        };
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** Excel stores numbers as doubles; read as Excel shows them, not as the double's binary expansion. */
    private static String plain(String v) {
        try {
            double d = Double.parseDouble(v);
            if (Double.isFinite(d)) {
                BigDecimal n = new BigDecimal(Double.toString(d)).stripTrailingZeros();
                return (n.scale() < 0 ? n.setScale(0) : n).toPlainString();
            }
        } catch (NumberFormatException e) {
            // Not a number after all: the import says so (E7619) with the text as it stands.
        }
        return v;
    }

    private static String answer(String value) {
        if (value.equalsIgnoreCase(ExcelTemplates.YES)) {
            return "true";
        }
        if (value.equalsIgnoreCase(ExcelTemplates.NO)) {
            return "false";
        }
        return value;
    }

    /** The 0-based column of a reference such as {@code D5}. */
    private static int column(String ref) throws Malformed {
        int column = 0;
        int i = 0;
        while (i < ref.length() && ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z' && column <= MAX_COLUMNS) {
            column = column * 26 + (ref.charAt(i) - 'A' + 1);
            i++;
        }
        if (i == 0 || column > MAX_COLUMNS) {
            throw new Malformed("cell reference " + ref);
        }
        return column - 1;
    }

    static String cellRef(int column, int row) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.append(row).toString();
    }

    private static int number(String text, int max, String what) throws Malformed {
        int digits = 0;
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9' || ++digits > 10) {
                throw new Malformed(what + " " + text);
            }
            n = n * 10 + (c - '0');
        }
        if (digits == 0 || n > max) {
            throw new Malformed(what + " " + text);
        }
        return (int) n;
    }

    // ------------------------------------------------------------------ zip and XML plumbing

    private static String resolve(String folder, String target) throws Malformed {
        if (target == null || target.isBlank()) {
            throw new Malformed("a relationship without a target");
        }
        String path = target.startsWith("/") ? target.substring(1) : folder + target;
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }

    private static XMLStreamReader open(ZipFile zip, Budget budget, String name)
            throws IOException, XMLStreamException, Malformed {
        ZipArchiveEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new Malformed("no part " + name);
        }
        if (!zip.canReadEntryData(entry)) {
            throw new Malformed("part " + name + " is stored in a way this reader does not support");
        }
        return budget.xml.createXMLStreamReader(budget.count(zip.getInputStream(entry)));
    }

    /** The next event; a DOCTYPE is refused the moment it is seen, before anything in it is used. */
    private static int next(XMLStreamReader xml) throws XMLStreamException, Malformed {
        int event = xml.next();
        if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new Malformed("a part has a DOCTYPE or an entity reference");
        }
        return event;
    }

    private static boolean isText(XMLStreamReader xml) {
        return xml.isCharacters() || xml.getEventType() == XMLStreamConstants.CDATA;
    }

    private static String attribute(XMLStreamReader xml, String name) {
        return xml.getAttributeValue(null, name);
    }

    private static XMLInputFactory xmlFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }

    /** Thrown by the counting stream; unchecked so that it passes through the XML parser unchanged. */
    private static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    /** Every byte inflated from the zip, over every part read, against one limit; and the XML reader for them. */
    private static final class Budget {
        final long limit;
        final XMLInputFactory xml;
        long used;

        Budget(long limit, XMLInputFactory xml) {
            this.limit = limit;
            this.xml = xml;
        }

        InputStream count(InputStream in) {
            return new FilterInputStream(in) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        add(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = super.read(buffer, offset, length);
                    if (n > 0) {
                        add(n);
                    }
                    return n;
                }

                @Override
                public long skip(long n) throws IOException {
                    long skipped = super.skip(n);
                    add(skipped);
                    return skipped;
                }
            };
        }

        private void add(long n) {
            used += n;
            if (used > limit) {
                throw new TooLarge();
            }
        }
    }
}
