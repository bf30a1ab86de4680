package dev.pilothouse.workspace.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RefusalTallyTest {

    /** A clock the test moves. */
    private static final class Hand extends Clock {
        Instant now = Instant.parse("2026-12-07T12:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final Hand clock = new Hand();
    private final List<String> firsts = new ArrayList<>();
    private final List<RefusalTally.Summary> summaries = new ArrayList<>();
    private final RefusalTally tally = new RefusalTally(clock, Duration.ofMinutes(1), 2, 3, 8, summaries::add);

    private void refused(String name) {
        if (tally.refused(name)) {
            firsts.add(tally.cap(name));
        }
    }

    @Test
    void theFirstRefusalOfANameIsPassedOnAtOnceAndTheRestAsOneCount() {
        for (int i = 0; i < 1000; i++) {
            refused("mallory");
        }
        assertThat(firsts).containsExactly("mallory");
        assertThat(summaries).isEmpty();

        clock.now = clock.now.plusSeconds(61);
        tally.flushDue();

        assertThat(summaries).hasSize(1);
        assertThat(summaries.get(0).count()).isEqualTo(999);
        assertThat(summaries.get(0).names()).containsEntry("mallory", 999L);
        tally.close();
    }

    @Test
    void atMostTwoNamesAreWrittenSinglyAndTheCountedNamesAreCutAndCapped() {
        refused("first");
        for (int i = 0; i < 10_000; i++) {
            refused(i + "-long-user-name");
        }
        refused("short");
        tally.close();

        assertThat(firsts).containsExactly("first", "0-long-…");
        RefusalTally.Summary s = summaries.get(0);
        assertThat(s.count()).isEqualTo(10_000);
        assertThat(s.names())
                .hasSize(3)
                .allSatisfy((name, n) -> assertThat(name).hasSizeLessThanOrEqualTo(8));
        assertThat(s.names().values().stream().mapToLong(Long::longValue).sum() + s.otherNames())
                .isEqualTo(10_000);
        assertThat(s.otherNames()).isPositive();
    }

    @Test
    void aRefusalAfterTheWindowClosesItAndOpensTheNext() {
        refused("a");
        refused("a");
        clock.now = clock.now.plusSeconds(60);
        refused("a");

        assertThat(firsts).containsExactly("a", "a");
        assertThat(summaries).singleElement().satisfies(s -> {
            assertThat(s.count()).isEqualTo(1);
            assertThat(s.names()).containsOnlyKeys("a");
        });
        tally.close();
    }

    @Test
    void aWindowWithOnlyItsFirstRefusalWritesNoSummary() {
        refused("a");
        tally.close();
        assertThat(firsts).containsExactly("a");
        assertThat(summaries).isEmpty();
    }
}
