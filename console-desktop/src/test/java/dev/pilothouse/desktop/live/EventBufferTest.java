package dev.pilothouse.desktop.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EventBufferTest {

    static LiveItem item(String topic, String id, String value) {
        return new LiveItem(Instant.now(), topic, LiveItem.Kind.PUT, false, id, value, value.length());
    }

    @Test
    void newerEventForTheSameRecordReplacesThePendingOne() {
        EventBuffer buffer = new EventBuffer(10);
        buffer.offer(item("Product", "1", "a"));
        buffer.offer(item("Product", "2", "b"));
        buffer.offer(item("Product", "1", "c"));
        EventBuffer.Batch batch = buffer.drain();
        assertThat(batch.items()).extracting(LiveItem::summary).containsExactly("b", "c");
        assertThat(batch.coalesced()).isEqualTo(1);
        assertThat(batch.counts()).containsEntry("Product", 3L);
    }

    @Test
    void fullBufferDropsTheOldestButCountsEverything() {
        EventBuffer buffer = new EventBuffer(3);
        for (int i = 0; i < 10; i++) {
            buffer.offer(item(i % 2 == 0 ? "even" : "odd", String.valueOf(i), "v" + i));
        }
        EventBuffer.Batch batch = buffer.drain();
        assertThat(batch.items()).extracting(LiveItem::summary).containsExactly("v7", "v8", "v9");
        assertThat(batch.dropped()).isEqualTo(7);
        assertThat(batch.counts()).containsEntry("even", 5L).containsEntry("odd", 5L);
        assertThat(buffer.drain().received()).isZero();
    }

    @Test
    void concurrentProducersLoseNoCount() throws Exception {
        EventBuffer buffer = new EventBuffer(100);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch done = new CountDownLatch(4);
        for (int t = 0; t < 4; t++) {
            int thread = t;
            pool.execute(() -> {
                for (int i = 0; i < 25_000; i++) {
                    buffer.offer(item("t" + thread, String.valueOf(i), "x"));
                }
                done.countDown();
            });
        }
        long drained = 0;
        while (!done.await(1, TimeUnit.MILLISECONDS)) {
            drained += buffer.drain().received();
        }
        drained += buffer.drain().received();
        pool.shutdown();
        assertThat(drained).isEqualTo(100_000);
    }
}
