package vn.planmonitor.report;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Map;

/**
 * A target's yearly figures as a PNG bar chart with its threshold as a line, drawn by JFreeChart in AWT
 * without a display, with the shipped font so the Vietnamese labels come out whole.
 */
final class ReportCharts {

    static {
        // Servers have no display: AWT must not look for one (set before any AWT class loads).
        System.setProperty("java.awt.headless", "true");
    }

    static final int WIDTH = 640;
    static final int HEIGHT = 300;

    private static final Font REGULAR = ReportFonts.awt(ReportFonts.REGULAR);
    private static final Font BOLD = ReportFonts.awt(ReportFonts.BOLD);

    private ReportCharts() {
    }

    static byte[] png(AnnualReport.TargetSection target, int reportYear) {
        DefaultCategoryDataset bars = new DefaultCategoryDataset();
        DefaultCategoryDataset line = new DefaultCategoryDataset();
        String figure = ReportTexts.t("report.chart.figure");
        String threshold = ReportTexts.t("report.chart.threshold");
        for (AnnualReport.YearPoint p : target.years()) {
            String year = String.valueOf(p.year());
            bars.addValue(p.value(), figure, year);
            line.addValue(p.threshold(), threshold, year);
        }
        String reported = String.valueOf(reportYear);
        // The year reported on stands out from the years around it.
        BarRenderer barRenderer = new BarRenderer() {
            @Override
            public java.awt.Paint getItemPaint(int row, int column) {
                return reported.equals(bars.getColumnKey(column)) ? new Color(0x1b, 0x3f, 0x73)
                        : new Color(0x8f, 0xb3, 0xdc);
            }
        };
        CategoryPlot plot = new CategoryPlot(bars, new CategoryAxis(), new NumberAxis(), barRenderer);
        barRenderer.setBarPainter(new StandardBarPainter());
        barRenderer.setShadowVisible(false);
        barRenderer.setMaximumBarWidth(0.12);
        DecimalFormatSymbols vi = new DecimalFormatSymbols();
        vi.setGroupingSeparator('.');
        vi.setDecimalSeparator(',');
        DecimalFormat numbers = new DecimalFormat("#,##0.#", vi);
        barRenderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", numbers));
        barRenderer.setDefaultItemLabelsVisible(true);
        LineAndShapeRenderer lineRenderer = new LineAndShapeRenderer(true, false);
        lineRenderer.setSeriesPaint(0, new Color(0xc0, 0x39, 0x2b));
        lineRenderer.setSeriesStroke(0, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[]{6f, 4f}, 0f));
        plot.setDataset(1, line);
        plot.setRenderer(1, lineRenderer);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setNumberFormatOverride(numbers);
        axis.setAutoRangeIncludesZero(true);
        axis.setUpperMargin(0.15);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xcc, 0xcc, 0xcc));
        JFreeChart chart = new JFreeChart(ReportTexts.t("report.chart.title",
                Map.of("code", target.code())), BOLD.deriveFont(13f), plot, true);
        StandardChartTheme theme = new StandardChartTheme("report");
        theme.setExtraLargeFont(BOLD.deriveFont(14f));
        theme.setLargeFont(BOLD.deriveFont(12f));
        theme.setRegularFont(REGULAR.deriveFont(11f));
        theme.setSmallFont(REGULAR.deriveFont(10f));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.apply(chart);
        // The theme resets series styles: the bars' legend colour and the dashed threshold are set after it.
        barRenderer.setSeriesPaint(0, new Color(0x1b, 0x3f, 0x73));
        lineRenderer.setSeriesPaint(0, new Color(0xc0, 0x39, 0x2b));
        lineRenderer.setSeriesStroke(0, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[]{6f, 4f}, 0f));
        lineRenderer.setAutoPopulateSeriesStroke(false);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(REGULAR.deriveFont(11f));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
