package vn.planmonitor.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds .xlsx files by hand, part by part, so tests can make what no spreadsheet program would
 * write: sheets of a chosen inflated size and compression ratio, formulas with forged cached
 * results, a DOCTYPE. {@link #sheet} writes the template's code row (row 2) and lets the caller
 * stream the rest of the sheet XML.
 */
public final class Xlsx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

    private final Map<String, Consumer<Sink>> parts = new LinkedHashMap<>();
    private long inflated;
    private int compressed;

    /** Receives sheet XML; counts what it is given. */
    public interface Sink {
        void write(String xml);
    }

    public Xlsx() {
        parts.put("[Content_Types].xml", s -> s.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                + "</Types>"));
        parts.put("_rels/.rels", s -> s.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                + PACKAGE_REL + "\"><Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>"));
        workbook("");
        parts.put("xl/_rels/workbook.xml.rels", s -> s.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                + PACKAGE_REL + "\"><Relationship Id=\"rId1\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + REL + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                + "</Relationships>"));
        sharedStrings(s -> s.write("<si><t>Có</t></si>"));
    }

    /** The workbook part, with {@code prolog} (a DOCTYPE, say) between the XML declaration and the root. */
    public Xlsx workbook(String prolog) {
        parts.put("xl/workbook.xml", s -> s.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + prolog
                + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><sheets>"
                + "<sheet name=\"Số liệu\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
        return this;
    }

    /** The shared strings part; {@code items} writes the {@code <si>} elements (string 0 should stay "Có"). */
    public Xlsx sharedStrings(Consumer<Sink> items) {
        parts.put("xl/sharedStrings.xml", s -> {
            s.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN + "\">");
            items.accept(s);
            s.write("</sst>");
        });
        return this;
    }

    /**
     * The first sheet: row 2 is the code row ({@code orgUnit}, {@code orgUnitName}, {@code period},
     * then {@code elements} from column D); {@code rows} writes the {@code <row>} elements after it.
     */
    public Xlsx sheet(String prolog, Consumer<Sink> rows, String... elements) {
        parts.put("xl/worksheets/sheet1.xml", s -> {
            StringBuilder codes = new StringBuilder("<row r=\"2\">").append(inline("A2", "orgUnit"))
                    .append(inline("B2", "orgUnitName")).append(inline("C2", "period"));
            for (int i = 0; i < elements.length; i++) {
                codes.append(inline((char) ('D' + i) + "2", elements[i]));
            }
            s.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + prolog + "<worksheet xmlns=\"" + MAIN
                    + "\"><sheetData>" + codes.append("</row>"));
            rows.accept(s);
            s.write("</sheetData></worksheet>");
        });
        return this;
    }

    public static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    public static String number(String ref, String value) {
        return "<c r=\"" + ref + "\"><v>" + value + "</v></c>";
    }

    public byte[] build() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        inflated = 0;
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (Map.Entry<String, Consumer<Sink>> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                part.getValue().accept(xml -> {
                    byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
                    inflated += bytes.length;
                    try {
                        zip.write(bytes);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] bytes = out.toByteArray();
        compressed = bytes.length;
        return bytes;
    }

    /** Bytes of XML in the last file built, over every part. */
    public long inflated() {
        return inflated;
    }

    /** Inflated ÷ compressed size of the last file built. */
    public double ratio() {
        return (double) inflated / compressed;
    }
}
