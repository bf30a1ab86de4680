package dev.pilothouse.web.views;

import com.vaadin.flow.component.Html;
import java.util.Locale;
import java.util.StringJoiner;

/** A small inline SVG line of a series, drawn server-side (no chart library; only numbers go into the markup). */
final class Sparkline {

    static final int WIDTH = 120;
    static final int HEIGHT = 28;

    private Sparkline() {}

    static Html of(double[] values) {
        return new Html("<svg class=\"ph-sparkline\" width=\"" + WIDTH + "\" height=\"" + HEIGHT + "\" viewBox=\"0 0 "
                + WIDTH + " " + HEIGHT + "\"><polyline fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\" "
                + "points=\"" + points(values) + "\"/></svg>");
    }

    /** x spread over the width, y scaled between the series' min and max (a flat series sits in the middle). */
    static String points(double[] values) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        StringJoiner out = new StringJoiner(" ");
        for (int i = 0; i < values.length; i++) {
            double x = values.length == 1 ? WIDTH : (double) i * WIDTH / (values.length - 1);
            double y = max == min ? HEIGHT / 2.0 : HEIGHT - 1 - (values[i] - min) / (max - min) * (HEIGHT - 2);
            out.add(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
        }
        return out.toString();
    }
}
