package org.stepin.app.evaluate.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.stepin.app.evaluate.ContenderRow;
import org.stepin.app.evaluate.DatasetResult;
import org.stepin.app.evaluate.metrics.CurvePoint;

/**
 * ROC and precision-recall charts of one data set, one line per contender, drawn headless with XChart and
 * returned as PNG data URIs so the report is one self-contained file.
 */
final class Charts {
    private static final int WIDTH = 520;
    private static final int HEIGHT = 400;

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Charts() {
    }

    static String roc(DatasetResult result) throws IOException {
        XYChart chart = chart("ROC: " + result.dataset().title(), "false-positive rate", "true-positive rate");
        XYSeries chance = chart.addSeries("chance", new double[] {0, 1}, new double[] {0, 1});
        chance.setMarker(SeriesMarkers.NONE);
        for (ContenderRow row : result.rows()) {
            add(chart, row.contender(), row.metrics().roc());
        }
        return png(chart);
    }

    static String precisionRecall(DatasetResult result) throws IOException {
        XYChart chart = chart("Precision-recall: " + result.dataset().title(), "recall", "precision");
        for (ContenderRow row : result.rows()) {
            add(chart, row.contender(), row.metrics().precisionRecall());
        }
        return png(chart);
    }

    private static XYChart chart(String title, String x, String y) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(x).yAxisTitle(y)
                .build();
        chart.getStyler().setXAxisMin(0.0).setXAxisMax(1.0).setYAxisMin(0.0).setYAxisMax(1.0);
        chart.getStyler().setMarkerSize(3);
        return chart;
    }

    private static void add(XYChart chart, String name, List<CurvePoint> curve) {
        if (curve.isEmpty()) {
            return;
        }
        double[] x = curve.stream().mapToDouble(CurvePoint::x).toArray();
        double[] y = curve.stream().mapToDouble(CurvePoint::y).toArray();
        XYSeries series = chart.addSeries(name, x, y);
        series.setMarker(curve.size() > 40 ? SeriesMarkers.NONE : SeriesMarkers.CIRCLE);
    }

    private static String png(XYChart chart) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(BitmapEncoder.getBufferedImage(chart), "png", bytes);
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(bytes.toByteArray());
    }
}
