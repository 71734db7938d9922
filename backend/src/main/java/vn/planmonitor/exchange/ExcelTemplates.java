package vn.planmonitor.exchange;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.planmonitor.exchange.DataElements.DataElement;
import vn.planmonitor.exchange.DataElements.Part;
import vn.planmonitor.indicator.Indicator;
import vn.planmonitor.indicator.ValueKind;
import vn.planmonitor.orgunit.OrgUnit;
import vn.planmonitor.period.Period;
import vn.planmonitor.submission.ValueRules;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The Excel side of bulk exchange. One sheet, one line per unit (and period), one column per data
 * element: row 1 holds the Vietnamese names people read, row 2 the codes the import reads (so
 * columns may be reordered or hidden), data from row 3. Cells a unit does not report are grey;
 * the others carry data validation (non-negative numbers, whole numbers for counts, Có/Không for
 * yes/no). An export has the same layout with the stored values, so it can be edited and uploaded;
 * {@link XlsxDataValues} reads uploads.
 */
final class ExcelTemplates {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CODE_UNIT = "orgUnit";
    static final String CODE_UNIT_NAME = "orgUnitName";
    static final String CODE_PERIOD = "period";
    private static final int FIRST_DATA_ROW = 2;
    private static final int FIRST_VALUE_COLUMN = 3;
    static final String YES = "Có";
    static final String NO = "Không";

    /** One line of the sheet: a unit's values for a period, by data element code (empty in a template). */
    record Line(OrgUnit unit, String period, Map<String, String> values) {
    }

    private ExcelTemplates() {
    }

    static byte[] write(String titleVi, List<DataElement> columns, List<Line> lines) {
        // Streaming: an export of every unit and year stays small in memory.
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet("Số liệu");
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setWrapText(true);
            CellStyle code = workbook.createCellStyle();
            Font grey = workbook.createFont();
            grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            grey.setFontHeightInPoints((short) 8);
            code.setFont(grey);
            CellStyle notReported = workbook.createCellStyle();
            notReported.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            notReported.setFillPattern(FillPatternType.SOLID_FOREGROUND);

            Row names = sheet.createRow(0);
            Row codes = sheet.createRow(1);
            String[] fixedNames = {"Mã đơn vị", "Tên đơn vị", "Kỳ báo cáo"};
            String[] fixedCodes = {CODE_UNIT, CODE_UNIT_NAME, CODE_PERIOD};
            for (int c = 0; c < FIRST_VALUE_COLUMN; c++) {
                set(names, c, fixedNames[c], header);
                set(codes, c, fixedCodes[c], code);
            }
            for (int c = 0; c < columns.size(); c++) {
                set(names, FIRST_VALUE_COLUMN + c, nameVi(columns.get(c)), header);
                set(codes, FIRST_VALUE_COLUMN + c, columns.get(c).code(), code);
            }
            names.setHeightInPoints(60);
            sheet.createFreezePane(FIRST_VALUE_COLUMN, FIRST_DATA_ROW);
            sheet.setColumnWidth(0, 14 * 256);
            sheet.setColumnWidth(1, 36 * 256);
            sheet.setColumnWidth(2, 11 * 256);
            for (int c = 0; c < columns.size(); c++) {
                sheet.setColumnWidth(FIRST_VALUE_COLUMN + c, 24 * 256);
            }
            for (int l = 0; l < lines.size(); l++) {
                Line line = lines.get(l);
                Row row = sheet.createRow(FIRST_DATA_ROW + l);
                set(row, 0, line.unit().code, null);
                set(row, 1, line.unit().nameVi, null);
                set(row, 2, line.period(), null);
                for (int c = 0; c < columns.size(); c++) {
                    DataElement element = columns.get(c);
                    String value = line.values().get(element.code());
                    Cell cell = row.createCell(FIRST_VALUE_COLUMN + c);
                    if (!Period.parse(line.period()).map(p -> element.indicator().isReportedBy(line.unit(), p)).orElse(false)) {
                        cell.setCellStyle(notReported);
                    }
                    if (value == null) {
                        continue;
                    }
                    if (element.indicator().valueKind == ValueKind.BOOLEAN) {
                        cell.setCellValue(Boolean.parseBoolean(value) ? YES : NO);
                    } else {
                        cell.setCellValue(new BigDecimal(value).doubleValue());
                    }
                }
            }
            if (!lines.isEmpty()) {
                validate(sheet, columns, lines.size());
            }
            instructions(workbook.createSheet("Hướng dẫn"), titleVi, columns, header);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void validate(Sheet sheet, List<DataElement> columns, int lineCount) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (int c = 0; c < columns.size(); c++) {
            Indicator indicator = columns.get(c).indicator();
            DataValidationConstraint constraint;
            String rule;
            switch (indicator.valueKind) {
                case BOOLEAN -> {
                    constraint = helper.createExplicitListConstraint(new String[]{YES, NO});
                    rule = "Chọn Có hoặc Không.";
                }
                case COUNT -> {
                    constraint = helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                            "0", ValueRules.MAX_NUMBER.toPlainString());
                    rule = "Nhập số nguyên không âm.";
                }
                default -> {
                    constraint = helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                            "0", ValueRules.MAX_NUMBER.toPlainString());
                    rule = columns.get(c).part() == Part.NUMERATOR
                            ? "Nhập số không âm, không lớn hơn " + indicator.denominatorVi + "."
                            : "Nhập số không âm (tối đa " + ValueRules.MAX_SCALE + " chữ số thập phân).";
                }
            }
            int column = FIRST_VALUE_COLUMN + c;
            DataValidation validation = helper.createValidation(constraint, new CellRangeAddressList(
                    FIRST_DATA_ROW, FIRST_DATA_ROW + lineCount - 1, column, column));
            validation.setShowErrorBox(true);
            validation.createErrorBox("Giá trị không hợp lệ", rule);
            validation.setShowPromptBox(true);
            validation.createPromptBox(columns.get(c).code(), rule);
            sheet.addValidationData(validation);
        }
    }

    private static void instructions(Sheet sheet, String titleVi, List<DataElement> columns, CellStyle header) {
        String[] text = {titleVi,
                "Điền số liệu vào trang \"Số liệu\": mỗi dòng là một đơn vị, mỗi cột là một chỉ tiêu.",
                "Ô màu xám: đơn vị không báo cáo chỉ tiêu đó. Ô để trống: không thay đổi số liệu đã có.",
                "Không sửa dòng 2 (mã chỉ tiêu) và cột A, C (mã đơn vị, kỳ báo cáo).",
                "Tải tệp lên bằng POST /api/v1/dataValueSets (Content-Type: " + MEDIA_TYPE + ").", ""};
        int r = 0;
        for (String line : text) {
            set(sheet.createRow(r++), 0, line, r == 1 ? header : null);
        }
        Row head = sheet.createRow(r++);
        set(head, 0, "Mã", header);
        set(head, 1, "Tên", header);
        set(head, 2, "Kiểu", header);
        for (DataElement element : columns) {
            Row row = sheet.createRow(r++);
            set(row, 0, element.code(), null);
            set(row, 1, nameVi(element), null);
            set(row, 2, switch (element.indicator().valueKind) {
                case BOOLEAN -> "Có/Không";
                case COUNT -> "Số nguyên";
                default -> "Số";
            }, null);
        }
        sheet.setColumnWidth(0, 28 * 256);
        sheet.setColumnWidth(1, 80 * 256);
    }

    private static String nameVi(DataElement element) {
        Indicator i = element.indicator();
        return switch (element.part()) {
            case NUMERATOR -> i.numeratorVi + " (" + i.unitVi + ")";
            case DENOMINATOR -> i.denominatorVi + " (" + i.unitVi + ")";
            case VALUE -> i.nameVi + " (" + i.unitVi + ")";
        };
    }

    private static void set(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    static String periodLabel(Period period) {
        return period == null ? "" : period.nameVi();
    }
}
