package vn.planmonitor.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans, shipped in the jar ({@code fonts/}, with its licence): it covers every Vietnamese letter,
 * and a server need not have any font installed — the PDF embeds it, the chart draws with it.
 */
final class ReportFonts {

    static final String REGULAR = "/fonts/DejaVuSans.ttf";
    static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";
    static final String ITALIC = "/fonts/DejaVuSans-Oblique.ttf";

    private ReportFonts() {
    }

    static byte[] bytes(String resource) {
        try (InputStream in = ReportFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An AWT font for the chart, made from the shipped file rather than looked up among installed ones. */
    static Font awt(String resource) {
        try (InputStream in = ReportFonts.class.getResourceAsStream(resource)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(resource + " is not a TrueType font", e);
        }
    }
}
