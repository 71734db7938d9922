package vn.planmonitor.report;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * The annual report as a Word document (POI XWPF), laid out as Decree 30/2020/NĐ-CP sets out an
 * administrative document: A4, Times New Roman 13, issuing body and motto side by side, number, place and
 * date, title, body, recipients and signature. Word substitutes a font only where Times New Roman is missing.
 */
final class DocxReport {

    private static final String FONT = "Times New Roman";
    private static final int SIZE = 13;

    private DocxReport() {
    }

    static byte[] write(AnnualReport r, Map<String, byte[]> charts) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            header(doc, r);
            XWPFParagraph title = para(doc, ParagraphAlignment.CENTER);
            title.setSpacingBefore(240);
            run(title, ReportTexts.t("report.title"), true, false, 14);
            XWPFParagraph subtitle = para(doc, ParagraphAlignment.CENTER);
            run(subtitle, ReportTexts.t("report.subtitle", Map.of("plan", lowerFirst(r.planTitle()), "year", r.year())),
                    true, false, SIZE);
            XWPFParagraph intro = para(doc, ParagraphAlignment.BOTH);
            intro.setIndentationFirstLine(567);
            run(intro, AnnualReportText.intro(r), false, false, SIZE);

            heading(doc, ReportTexts.t("report.section.summary"));
            table(doc, AnnualReportText.summaryHeader(r), AnnualReportText.summaryRows(r),
                    new int[]{6, 24, 12, 18, 11, 29}, 10);

            heading(doc, ReportTexts.t("report.section.targets"));
            for (AnnualReport.TargetSection t : r.targets()) {
                XWPFParagraph h = para(doc, ParagraphAlignment.BOTH);
                h.setSpacingBefore(160);
                run(h, ReportTexts.t("report.target.heading", Map.of("code", t.code(), "statement", t.statement())),
                        true, false, SIZE);
                XWPFParagraph figure = para(doc, ParagraphAlignment.BOTH);
                run(figure, AnnualReportText.targetLine(r, t), false, false, SIZE);
                XWPFParagraph chart = para(doc, ParagraphAlignment.CENTER);
                chart.createRun().addPicture(new ByteArrayInputStream(charts.get(t.code())), Document.PICTURE_TYPE_PNG,
                        t.code() + ".png", Units.toEMU(ReportCharts.WIDTH * 0.7), Units.toEMU(ReportCharts.HEIGHT * 0.7));
                if (t.units().isEmpty()) {
                    run(para(doc, ParagraphAlignment.LEFT), ReportTexts.t("report.target.noUnits",
                            Map.of("year", r.year())), false, true, SIZE);
                } else {
                    run(para(doc, ParagraphAlignment.LEFT), ReportTexts.t("report.target.units",
                            Map.of("year", r.year())), false, true, SIZE);
                    table(doc, AnnualReportText.unitHeader(), AnnualReportText.unitRows(t), new int[]{6, 19, 30, 14, 21, 10}, 10);
                }
            }

            heading(doc, ReportTexts.t("report.section.completeness"));
            for (String line : AnnualReportText.completeness(r)) {
                XWPFParagraph p = para(doc, ParagraphAlignment.BOTH);
                p.setIndentationFirstLine(567);
                run(p, line, false, false, SIZE);
            }

            signature(doc, r);

            XWPFParagraph appendix = para(doc, ParagraphAlignment.CENTER);
            appendix.setPageBreak(true);
            run(appendix, ReportTexts.t("report.section.appendix", Map.of("year", r.year())), true, false, SIZE);
            if (r.appendix().isEmpty()) {
                run(para(doc, ParagraphAlignment.LEFT), ReportTexts.t("report.appendix.empty",
                        Map.of("year", r.year())), false, true, SIZE);
            } else {
                table(doc, AnnualReportText.appendixHeader(), AnnualReportText.appendixRows(r),
                        new int[]{15, 18, 41, 13, 13}, 9);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A4 portrait, margins of Decree 30 (top 2 cm, bottom 2 cm, left 3 cm, right 1,5 cm). */
    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1134));
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setLeft(BigInteger.valueOf(1701));
        margins.setRight(BigInteger.valueOf(850));
    }

    /** Issuing body and number on the left, motto, place and date on the right, in a table without borders. */
    private static void header(XWPFDocument doc, AnnualReport r) {
        XWPFTable table = doc.createTable(1, 2);
        borderless(table);
        widths(table, new int[]{40, 60});
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFParagraph body = left.getParagraphs().get(0);
        body.setAlignment(ParagraphAlignment.CENTER);
        run(body, AnnualReportText.issuingBody(r), true, false, 12);
        body.getRuns().get(0).setUnderline(UnderlinePatterns.SINGLE);
        XWPFParagraph number = left.addParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        number.setSpacingBefore(120);
        run(number, ReportTexts.t("report.number", Map.of("number", r.number())), false, false, SIZE);
        XWPFParagraph country = right.getParagraphs().get(0);
        country.setAlignment(ParagraphAlignment.CENTER);
        run(country, ReportTexts.t("report.motto.country"), true, false, 12);
        XWPFParagraph motto = right.addParagraph();
        motto.setAlignment(ParagraphAlignment.CENTER);
        run(motto, ReportTexts.t("report.motto.words"), true, false, SIZE);
        motto.getRuns().get(0).setUnderline(UnderlinePatterns.SINGLE);
        XWPFParagraph date = right.addParagraph();
        date.setAlignment(ParagraphAlignment.CENTER);
        date.setSpacingBefore(120);
        run(date, AnnualReportText.placeDate(r), false, true, SIZE);
    }

    /** Recipients bottom left (Nơi nhận, 12 bold italic then 11), signature bottom right. */
    private static void signature(XWPFDocument doc, AnnualReport r) {
        XWPFParagraph gap = para(doc, ParagraphAlignment.LEFT);
        gap.setSpacingBefore(240);
        XWPFTable table = doc.createTable(1, 2);
        borderless(table);
        widths(table, new int[]{50, 50});
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFParagraph title = left.getParagraphs().get(0);
        run(title, ReportTexts.t("report.recipients.title"), true, true, 12);
        for (String recipient : AnnualReportText.recipients(r)) {
            run(left.addParagraph(), recipient, false, false, 11);
        }
        XWPFParagraph first = right.getParagraphs().get(0);
        first.setAlignment(ParagraphAlignment.CENTER);
        for (int i = 0; i < r.signerTitle().size(); i++) {
            XWPFParagraph p = i == 0 ? first : right.addParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            run(p, r.signerTitle().get(i), true, false, SIZE);
        }
        XWPFParagraph hint = right.addParagraph();
        hint.setAlignment(ParagraphAlignment.CENTER);
        run(hint, ReportTexts.t("report.signature.name"), false, true, 11);
        for (int i = 0; i < 3; i++) {
            right.addParagraph();
        }
        XWPFParagraph name = right.addParagraph();
        name.setAlignment(ParagraphAlignment.CENTER);
        run(name, r.signerName(), true, false, SIZE);
    }

    private static void heading(XWPFDocument doc, String text) {
        XWPFParagraph p = para(doc, ParagraphAlignment.LEFT);
        p.setSpacingBefore(200);
        p.setKeepNext(true);
        run(p, text, true, false, SIZE);
    }

    private static void table(XWPFDocument doc, List<String> header, List<List<String>> rows, int[] percents, int size) {
        XWPFTable table = doc.createTable(rows.size() + 1, header.size());
        widths(table, percents);
        fill(table.getRow(0), header, true, size);
        table.getRow(0).setRepeatHeader(true);
        for (int i = 0; i < rows.size(); i++) {
            fill(table.getRow(i + 1), rows.get(i), false, size);
        }
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean bold, int size) {
        row.setCantSplitRow(true);
        for (int i = 0; i < cells.size(); i++) {
            XWPFParagraph p = row.getCell(i).getParagraphs().get(0);
            p.setSpacingAfter(0);
            run(p, cells.get(i), bold, false, size);
        }
    }

    private static void widths(XWPFTable table, int[] percents) {
        table.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.PCT);
        table.setWidth("100%");
        for (XWPFTableRow row : table.getRows()) {
            for (int i = 0; i < percents.length && i < row.getTableCells().size(); i++) {
                var width = row.getCell(i).getCTTc().addNewTcPr().addNewTcW();
                width.setType(STTblWidth.PCT);
                width.setW(BigInteger.valueOf(percents[i] * 50L));
            }
        }
    }

    private static void borderless(XWPFTable table) {
        table.removeBorders();
    }

    private static XWPFParagraph para(XWPFDocument doc, ParagraphAlignment alignment) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingAfter(60);
        return p;
    }

    private static void run(XWPFParagraph p, String text, boolean bold, boolean italic, int size) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
    }

    static String lowerFirst(String s) {
        return s == null || s.isEmpty() ? "" : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
