package dk.fritvalg.settlement.ui;

import com.vaadin.flow.component.html.Image;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Bar charts drawn on the server as SVG and shown as an image: no JavaScript chart library and so no front-end
 * bundle build (Vaadin's pre-built production bundle is used as it is). The numbers are always in a table beside
 * the chart; the image's text alternative says so.
 */
final class SvgChart {

    /** A named series of values, one per label, drawn in one colour. */
    record Series(String name, List<Double> values, String colour) {
    }

    private static final int WIDTH = 640;
    private static final int HEIGHT = 260;
    private static final int LEFT = 60;
    private static final int BOTTOM = 40;
    private static final int TOP = 30;

    private SvgChart() {
    }

    static String svg(String title, List<String> labels, List<Series> series) {
        double max = series.stream().flatMap(s -> s.values().stream()).mapToDouble(Double::doubleValue).max().orElse(0);
        double top = max <= 0 ? 1 : niceCeiling(max);
        int plotWidth = WIDTH - LEFT - 10;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns='http://www.w3.org/2000/svg' width='").append(WIDTH).append("' height='").append(HEIGHT)
                .append("' viewBox='0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("' font-family='sans-serif' font-size='11'>")
                .append("<rect width='100%' height='100%' fill='white'/>")
                .append("<text x='").append(LEFT).append("' y='16' font-size='13' fill='#1a1a1a'>").append(escape(title)).append("</text>");
        for (int i = 0; i <= 4; i++) {
            double value = top * i / 4;
            int y = TOP + plotHeight - (int) Math.round(plotHeight * i / 4.0);
            svg.append("<line x1='").append(LEFT).append("' x2='").append(WIDTH - 10).append("' y1='").append(y).append("' y2='").append(y)
                    .append("' stroke='#d0d0d0'/>")
                    .append("<text x='").append(LEFT - 6).append("' y='").append(y + 4).append("' text-anchor='end' fill='#333'>")
                    .append(escape(axis(value))).append("</text>");
        }
        int groups = Math.max(1, labels.size());
        double groupWidth = (double) plotWidth / groups;
        double barWidth = groupWidth * 0.8 / Math.max(1, series.size());
        for (int g = 0; g < labels.size(); g++) {
            double x0 = LEFT + g * groupWidth + groupWidth * 0.1;
            for (int s = 0; s < series.size(); s++) {
                double value = series.get(s).values().get(g);
                int h = (int) Math.round(plotHeight * Math.max(0, value) / top);
                svg.append("<rect x='").append(String.format(Locale.ROOT, "%.1f", x0 + s * barWidth)).append("' y='")
                        .append(TOP + plotHeight - h).append("' width='").append(String.format(Locale.ROOT, "%.1f", barWidth - 1))
                        .append("' height='").append(h).append("' fill='").append(series.get(s).colour()).append("'/>");
            }
            svg.append("<text x='").append(String.format(Locale.ROOT, "%.1f", LEFT + g * groupWidth + groupWidth / 2)).append("' y='")
                    .append(HEIGHT - BOTTOM + 14).append("' text-anchor='middle' fill='#333'>").append(escape(labels.get(g))).append("</text>");
        }
        int legendX = LEFT;
        for (Series s : series) {
            svg.append("<rect x='").append(legendX).append("' y='").append(HEIGHT - 16).append("' width='10' height='10' fill='")
                    .append(s.colour()).append("'/><text x='").append(legendX + 14).append("' y='").append(HEIGHT - 7).append("' fill='#1a1a1a'>")
                    .append(escape(s.name())).append("</text>");
            legendX += 20 + s.name().length() * 7;
        }
        return svg.append("</svg>").toString();
    }

    static Image image(String title, String alt, List<String> labels, List<Series> series, String id) {
        String data = Base64.getEncoder().encodeToString(svg(title, labels, series).getBytes(StandardCharsets.UTF_8));
        Image image = new Image("data:image/svg+xml;base64," + data, alt);
        image.setId(id);
        image.addClassName("chart");
        image.setMaxWidth("100%");
        return image;
    }

    private static double niceCeiling(double max) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= max) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String axis(double value) {
        if (value >= 1_000_000) {
            return String.format(Locale.ROOT, "%.1f mio.", value / 1_000_000).replace('.', ',');
        }
        if (value >= 10_000) {
            return String.format(Locale.ROOT, "%.0f t.", value / 1000);
        }
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value).replace('.', ',');
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;");
    }
}
