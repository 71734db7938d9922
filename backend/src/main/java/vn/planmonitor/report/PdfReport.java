package vn.planmonitor.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The annual report as a PDF (OpenPDF), the same layout as {@link DocxReport}. The font is DejaVu Sans from
 * the jar, embedded (Identity-H): the 14 standard PDF fonts have no Vietnamese letters, and a reader's
 * machine need not have any font.
 */
final class PdfReport {

    private static final float MM = 72f / 25.4f;

    // Parsed once: every report embeds the subset it uses from these.
    private static final BaseFont REGULAR = font(ReportFonts.REGULAR);
    private static final BaseFont BOLD = font(ReportFonts.BOLD);
    private static final BaseFont ITALIC = font(ReportFonts.ITALIC);

    private final BaseFont regular = REGULAR;
    private final BaseFont bold = BOLD;
    private final BaseFont italic = ITALIC;

    private PdfReport() {
    }

    static byte[] write(AnnualReport r, Map<String, byte[]> charts) {
        return new PdfReport().render(r, charts);
    }

    private static BaseFont font(String resource) {
        try {
            return BaseFont.createFont(resource.substring(resource.lastIndexOf('/') + 1), BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, false, ReportFonts.bytes(resource), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Font f(BaseFont base, float size) {
        return new Font(base, size);
    }

    private byte[] render(AnnualReport r, Map<String, byte[]> charts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // Decree 30 margins: top 20 mm, bottom 20 mm, left 30 mm, right 15 mm.
        Document doc = new Document(PageSize.A4, 30 * MM, 15 * MM, 20 * MM, 20 * MM);
        try {
            // An image that does not fit goes to the next page in its place, not after the text that follows it.
            PdfWriter.getInstance(doc, out).setStrictImageSequence(true);
            doc.addTitle(ReportTexts.t("report.title") + " " + r.planCode() + " " + r.year());
            doc.open();
            header(doc, r);
            doc.add(centered(ReportTexts.t("report.title"), f(bold, 13), 14));
            doc.add(centered(ReportTexts.t("report.subtitle", Map.of("plan", DocxReport.lowerFirst(r.planTitle()),
                    "year", r.year())), f(bold, 11), 2));
            Paragraph intro = new Paragraph(AnnualReportText.intro(r), f(regular, 10));
            intro.setAlignment(Element.ALIGN_JUSTIFIED);
            intro.setFirstLineIndent(10 * MM);
            intro.setSpacingBefore(10);
            doc.add(intro);

            doc.add(heading(ReportTexts.t("report.section.summary")));
            doc.add(table(AnnualReportText.summaryHeader(r), AnnualReportText.summaryRows(r),
                    new float[]{6, 24, 12, 18, 11, 29}, 8));

            Paragraph targetsHeading = heading(ReportTexts.t("report.section.targets"));
            boolean first = true;
            for (AnnualReport.TargetSection t : r.targets()) {
                // The heading, its sentence and its chart stay on one page: one cell of a table kept together.
                PdfPTable block = new PdfPTable(1);
                block.setWidthPercentage(100);
                block.setKeepTogether(true);
                block.setSpacingBefore(8);
                PdfPCell cell = blank();
                cell.setPadding(0);
                if (first) {
                    // The section's heading goes with its first target, never alone at the foot of a page.
                    cell.addElement(targetsHeading);
                    first = false;
                }
                Paragraph h = new Paragraph(ReportTexts.t("report.target.heading",
                        Map.of("code", t.code(), "statement", t.statement())), f(bold, 10));
                cell.addElement(h);
                Paragraph line = new Paragraph(AnnualReportText.targetLine(r, t), f(regular, 9.5f));
                line.setAlignment(Element.ALIGN_JUSTIFIED);
                line.setSpacingAfter(6);
                cell.addElement(line);
                Image chart = Image.getInstance(charts.get(t.code()));
                chart.scaleToFit(doc.right() - doc.left(), 70 * MM);
                chart.setAlignment(Image.MIDDLE);
                cell.addElement(chart);
                block.addCell(cell);
                doc.add(block);
                Paragraph units = new Paragraph(ReportTexts.t(t.units().isEmpty() ? "report.target.noUnits"
                        : "report.target.units", Map.of("year", r.year())), f(italic, 9.5f));
                doc.add(units);
                if (!t.units().isEmpty()) {
                    doc.add(table(AnnualReportText.unitHeader(), AnnualReportText.unitRows(t),
                            new float[]{6, 19, 30, 14, 21, 10}, 8));
                }
            }

            doc.add(heading(ReportTexts.t("report.section.completeness")));
            for (String text : AnnualReportText.completeness(r)) {
                Paragraph p = new Paragraph(text, f(regular, 10));
                p.setAlignment(Element.ALIGN_JUSTIFIED);
                p.setFirstLineIndent(10 * MM);
                doc.add(p);
            }
            signature(doc, r);

            doc.newPage();
            Paragraph appendix = centered(ReportTexts.t("report.section.appendix", Map.of("year", r.year())),
                    f(bold, 11), 0);
            appendix.setSpacingAfter(6);
            doc.add(appendix);
            if (r.appendix().isEmpty()) {
                doc.add(new Paragraph(ReportTexts.t("report.appendix.empty", Map.of("year", r.year())),
                        f(italic, 10)));
            } else {
                doc.add(table(AnnualReportText.appendixHeader(), AnnualReportText.appendixRows(r),
                        new float[]{15, 18, 41, 13, 13}, 7.5f));
            }
            doc.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("the annual report PDF could not be written", e);
        }
        return out.toByteArray();
    }

    /** Issuing body and number on the left, motto (underlined), place and date on the right. */
    private void header(Document doc, AnnualReport r) throws DocumentException {
        PdfPTable table = new PdfPTable(new float[]{40, 60});
        table.setWidthPercentage(100);
        PdfPCell left = blank();
        left.addElement(centered(AnnualReportText.issuingBody(r), f(bold, 10), 0, true));
        left.addElement(centered(ReportTexts.t("report.number", Map.of("number", r.number())), f(regular, 10), 6));
        PdfPCell right = blank();
        right.addElement(centered(ReportTexts.t("report.motto.country"), f(bold, 10), 0));
        right.addElement(centered(ReportTexts.t("report.motto.words"), f(bold, 10.5f), 0, true));
        right.addElement(centered(AnnualReportText.placeDate(r), f(italic, 10), 6));
        table.addCell(left);
        table.addCell(right);
        doc.add(table);
    }

    private void signature(Document doc, AnnualReport r) throws DocumentException {
        PdfPTable table = new PdfPTable(new float[]{50, 50});
        table.setWidthPercentage(100);
        table.setSpacingBefore(16);
        table.setKeepTogether(true);
        PdfPCell left = blank();
        left.addElement(new Paragraph(ReportTexts.t("report.recipients.title"), new Font(bold, 9.5f, Font.ITALIC)));
        for (String recipient : AnnualReportText.recipients(r)) {
            left.addElement(new Paragraph(recipient, f(regular, 8.5f)));
        }
        PdfPCell right = blank();
        for (String title : r.signerTitle()) {
            right.addElement(centered(title, f(bold, 10), 0));
        }
        right.addElement(centered(ReportTexts.t("report.signature.name"), f(italic, 8.5f), 0));
        right.addElement(centered(r.signerName().isEmpty() ? " " : r.signerName(), f(bold, 10), 48));
        table.addCell(left);
        table.addCell(right);
        doc.add(table);
    }

    private Paragraph heading(String text) {
        Paragraph p = new Paragraph(text, f(bold, 10.5f));
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        p.setKeepTogether(true);
        return p;
    }

    private PdfPTable table(List<String> header, List<List<String>> rows, float[] widths, float size)
            throws DocumentException {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(3);
        table.setSpacingAfter(3);
        table.setHeaderRows(1);
        for (String cell : header) {
            PdfPCell c = new PdfPCell(new Phrase(cell, f(bold, size)));
            c.setBackgroundColor(new Color(0xe8, 0xee, 0xf5));
            c.setPadding(3);
            table.addCell(c);
        }
        for (List<String> row : rows) {
            for (String cell : row) {
                PdfPCell c = new PdfPCell(new Phrase(cell, f(regular, size)));
                c.setPadding(3);
                table.addCell(c);
            }
        }
        return table;
    }

    private static PdfPCell blank() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }

    private static Paragraph centered(String text, Font font, float before) {
        return centered(text, font, before, false);
    }

    /** Centred text; {@code underlined}: with a line under it, as the motto and issuing body have. */
    private static Paragraph centered(String text, Font font, float before, boolean underlined) {
        Paragraph p = new Paragraph("", font);
        Chunk chunk = new Chunk(text, font);
        if (underlined) {
            chunk.setUnderline(0.6f, -2.5f);
        }
        p.add(chunk);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(before);
        return p;
    }
}
