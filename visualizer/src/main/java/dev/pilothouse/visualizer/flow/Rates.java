package dev.pilothouse.visualizer.flow;

import java.util.Locale;

/** Rates as fixed-width text ({@code "  12/s"}, {@code "12.3k/s"}), so labels keep their size and layouts stay put. */
public final class Rates {

    private Rates() {}

    public static String perSecond(double rate) {
        String value;
        if (rate < 1000) {
            value = rate < 10 && rate != Math.rint(rate)
                    ? String.format(Locale.ROOT, "%.1f", rate)
                    : Long.toString(Math.round(rate));
        } else if (rate < 1_000_000) {
            value = String.format(Locale.ROOT, "%.1fk", rate / 1000);
        } else {
            value = String.format(Locale.ROOT, "%.1fM", rate / 1_000_000);
        }
        return String.format(Locale.ROOT, "%6s/s", value);
    }

    /** Stroke width from 1 (idle) to 8 (the busiest link), on a log scale. */
    static double width(double rate, double busiest) {
        if (rate <= 0 || busiest <= 0) {
            return 1;
        }
        return 1 + 7 * Math.log1p(rate) / Math.log1p(busiest);
    }
}
