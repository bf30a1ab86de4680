package dev.pilothouse.web.views.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.visualizer.flow.Channel;
import dev.pilothouse.visualizer.flow.FlowLink;
import dev.pilothouse.visualizer.flow.FlowModel;
import dev.pilothouse.visualizer.flow.FlowSnapshot;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The live flow's rates from Harper's analytics: one batch per second arrives with each poll of the feed, and the
 * drawing tick reads the model once a second too. Whatever the phase between the two, a steady 10 writes/s must show
 * as about 10/s (it used to show 0/s when the tick read the model just after each batch).
 */
class LiveFlowRateTest {

    private static final long MS = 1_000_000;

    @Test
    void aSteadyWriterShowsItsRateWhateverThePhaseOfPollAndTick() {
        for (long phase = 0; phase < 1030; phase += 10) {
            AtomicLong now = new AtomicLong();
            FlowModel model = LiveDiagrams.analyticsModel(now::get);
            double lowest = Double.MAX_VALUE;
            double highest = 0;
            for (int second = 0; second < 30; second++) {
                long polled = second * 1030 * MS + 30 * MS; // fixed delay of 1 s plus a 30 ms poll
                now.set(polled);
                model.inbound(Channel.REST, "REST clients", "Product", 10, 0); // one second of 10 PUTs
                now.set(polled + phase * MS); // the tick, somewhere before the next batch
                double rate = rate(model.snapshot());
                if (second >= 6) {
                    lowest = Math.min(lowest, rate);
                    highest = Math.max(highest, rate);
                }
            }
            assertThat(lowest)
                    .as("lowest rate with the tick %d ms after the poll", phase)
                    .isGreaterThan(6.5);
            assertThat(highest)
                    .as("highest rate with the tick %d ms after the poll", phase)
                    .isLessThan(12.5);
        }
    }

    private static double rate(FlowSnapshot snapshot) {
        return snapshot.links().stream()
                .filter(l -> l.key().to().equals("Product"))
                .mapToDouble(FlowLink::eventsPerSecond)
                .sum();
    }
}
