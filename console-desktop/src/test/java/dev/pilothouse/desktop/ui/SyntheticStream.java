package dev.pilothouse.desktop.ui;

import dev.pilothouse.desktop.live.LiveItem;
import dev.pilothouse.desktop.viewmodel.LiveSource;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/** A {@link LiveSource} that emits {@code perSecond} events over four topics from its own thread, paced per ms. */
final class SyntheticStream implements LiveSource {

    private static final String[] TOPICS = {"Product", "Order", "sensors/temp", "sensors/vibration"};

    private final int perSecond;
    final AtomicLong emitted = new AtomicLong();

    SyntheticStream(int perSecond) {
        this.perSecond = perSecond;
    }

    @Override
    public AutoCloseable open(String spec, Consumer<LiveItem> sink) {
        Thread producer = new Thread(
                () -> {
                    long start = System.nanoTime();
                    while (!Thread.currentThread().isInterrupted()) {
                        long due = (System.nanoTime() - start) * perSecond / 1_000_000_000L;
                        while (emitted.get() < due) {
                            long n = emitted.getAndIncrement();
                            String topic = TOPICS[(int) (n % TOPICS.length)];
                            String record = "{\"seq\":" + n + ",\"value\":" + (n % 997) + "}";
                            sink.accept(new LiveItem(
                                    Instant.now(),
                                    topic,
                                    LiveItem.Kind.PUT,
                                    false,
                                    "r" + (n % 5_000),
                                    record,
                                    record.length()));
                        }
                        LockSupport.parkNanos(1_000_000);
                    }
                },
                "synthetic-stream");
        producer.setDaemon(true);
        producer.start();
        return producer::interrupt;
    }
}
