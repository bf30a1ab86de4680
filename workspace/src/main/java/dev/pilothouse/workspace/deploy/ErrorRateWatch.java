package dev.pilothouse.workspace.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The last part of post-deploy verification: for {@code window} after the new version verified, the share of app
 * requests answered 5xx (Harper's {@code response_NNN} analytics; operations API calls excluded) must not jump
 * above the share in the {@link #BASELINE} before the deploy started. A jump is at least {@link #MIN_ERRORS} errors
 * and a rate more than {@link #TOLERANCE} above the baseline's.
 */
final class ErrorRateWatch {

    static final Duration BASELINE = Duration.ofMinutes(10);
    static final int MIN_ERRORS = 3;
    static final double TOLERANCE = 0.05;
    /** Harper's threads write their raw analytics about every second: wait that long past the window. */
    private static final Duration REPORT_LAG = Duration.ofMillis(1_500);

    private final HarperAnalytics analytics;
    private final Duration window;

    ErrorRateWatch(HarperAnalytics analytics, Duration window) {
        this.analytics = analytics;
        this.window = window;
    }

    /** Returns both rates; throws naming them when the error rate jumped. */
    String watch(Instant deployStarted) {
        Instant from = Instant.now();
        Rate before =
                rate(analytics.entriesWithPrefix("response_", deployStarted.minus(BASELINE)), deployStarted, false);
        sleep(window.plus(REPORT_LAG));
        Rate during = rate(analytics.entriesWithPrefix("response_", from), from, true);
        if (during.errors() >= MIN_ERRORS && during.share() > before.share() + TOLERANCE) {
            throw new IllegalStateException("the 5xx error rate jumped to " + during + " during the "
                    + window.toSeconds() + " s watch, from " + before + " in the " + BASELINE.toMinutes()
                    + " min before the deploy");
        }
        return "5xx " + during + " over " + window.toSeconds() + " s; " + before + " in the " + BASELINE.toMinutes()
                + " min before";
    }

    /** Requests before ({@code after} false) or from ({@code after} true) an instant, and how many failed. */
    private static Rate rate(List<JsonNode> entries, Instant edge, boolean after) {
        long total = 0;
        long errors = 0;
        for (JsonNode e : entries) {
            boolean late = e.path("time").asDouble() >= edge.toEpochMilli();
            if (late != after || "operation".equals(e.path("type").asText())) {
                continue;
            }
            long count = e.path("count").asLong();
            total += count;
            errors += e.path("metric").asText().startsWith("response_5") ? count : 0;
        }
        return new Rate(errors, total);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while watching the error rate", e);
        }
    }

    record Rate(long errors, long total) {
        double share() {
            return total == 0 ? 0 : (double) errors / total;
        }

        @Override
        public String toString() {
            return Math.round(share() * 100) + "% (" + errors + " of " + total + " requests)";
        }
    }
}
