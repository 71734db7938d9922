package vn.planmonitor.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report's words and numbers as the SPA writes them in Vietnamese: {@code report/texts_vi.properties}
 * holds the SPA's own sentences (with its {@code {name}} placeholders), and numbers follow vi-VN — "1.234,5",
 * percentages "50,0 %" with a no-break space, dates "25/11/2015" — like {@code frontend/src/i18n/format.ts}.
 */
final class ReportTexts {

    private static final Properties TEXTS = load();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ReportTexts() {
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = ReportTexts.class.getResourceAsStream("/report/texts_vi.properties")) {
            if (in == null) {
                throw new IllegalStateException("report/texts_vi.properties is missing from the build");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    static String t(String key) {
        return t(key, Map.of());
    }

    /** The text with its placeholders filled; a placeholder without a value stays as written (as in the SPA). */
    static String t(String key, Map<String, ?> params) {
        String pattern = TEXTS.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no report text " + key);
        }
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = params.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : String.valueOf(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** "1.234,5": up to {@code max} decimals, at least {@code min}. */
    static String number(BigDecimal value, int min, int max) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        format.setMinimumFractionDigits(min);
        format.setMaximumFractionDigits(max);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(value);
    }

    /** As the SPA's {@code i18n.number(v)}: up to 4 decimals. */
    static String number(BigDecimal value) {
        return number(value, 0, 4);
    }

    /** As the SPA's {@code i18n.percent(v, digits)}: "50,0 %". */
    static String percent(BigDecimal value, int digits) {
        return number(value, digits, digits) + "\u00a0%";
    }

    /**
     * A figure of a target as the SPA's {@code formatFigure}: a percentage with one decimal, otherwise a whole
     * number as it is or one decimal.
     */
    static String figure(boolean percentage, BigDecimal value) {
        if (value == null) {
            return "—";
        }
        if (percentage) {
            return percent(value, 1);
        }
        return number(value, isWhole(value) ? 0 : 1, isWhole(value) ? 0 : 1);
    }

    static boolean isWhole(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
