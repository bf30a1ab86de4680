package dev.pilothouse.runtime;

import dev.pilothouse.runtime.internal.EventSink;
import dev.pilothouse.runtime.internal.RateMeter;
import dev.pilothouse.runtime.internal.ReconnectingSource;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.SubmissionPublisher;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A live subscription as a {@link Flow.Publisher}. Every subscriber gets its own bounded buffer of
 * {@link StreamOptions#bufferCapacity()} events; when it is full the {@link OverflowPolicy} decides. The stream
 * reconnects by itself and marks outages with {@link LiveEvent.Gap}. Close it to end the subscription.
 */
public final class LiveStream implements Flow.Publisher<LiveEvent>, AutoCloseable {

    private final SubmissionPublisher<LiveEvent> publisher;
    private final ExecutorService executor;
    private final OverflowPolicy policy;
    private final ReconnectingSource source;
    private final RateMeter rates = new RateMeter();
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicInteger reconnects = new AtomicInteger();

    LiveStream(StreamOptions options, Function<EventSink, ReconnectingSource> transport) {
        this.executor = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().daemon().name("pilothouse-stream-delivery").factory());
        this.publisher = new SubmissionPublisher<>(executor, options.bufferCapacity());
        this.policy = options.overflow();
        this.source = transport.apply(new Sink());
    }

    void open(Duration firstConnectTimeout) {
        source.start(firstConnectTimeout);
    }

    @Override
    public void subscribe(Flow.Subscriber<? super LiveEvent> subscriber) {
        publisher.subscribe(new CountingSubscriber(subscriber));
    }

    public StreamStats stats() {
        long now = System.currentTimeMillis();
        return new StreamStats(
                received.get(),
                delivered.get(),
                dropped.get(),
                bytes.get(),
                rates.eventsPerSecond(now),
                rates.bytesPerSecond(now),
                reconnects.get());
    }

    @Override
    public void close() {
        source.stop();
        publisher.close();
        executor.shutdown();
    }

    private final class Sink implements EventSink {
        @Override
        public void emit(LiveEvent event, int size) {
            received.incrementAndGet();
            bytes.addAndGet(size);
            rates.add(1, size, System.currentTimeMillis());
            if (publisher.isClosed()) {
                return;
            }
            if (policy == OverflowPolicy.BLOCK) {
                publisher.submit(event);
            } else {
                publisher.offer(event, (subscriber, item) -> {
                    dropped.incrementAndGet();
                    return false;
                });
            }
        }

        @Override
        public void fail(Throwable error) {
            publisher.closeExceptionally(error);
            executor.shutdown();
        }

        @Override
        public void reconnected() {
            reconnects.incrementAndGet();
        }
    }

    private final class CountingSubscriber implements Flow.Subscriber<LiveEvent> {
        private final Flow.Subscriber<? super LiveEvent> delegate;

        CountingSubscriber(Flow.Subscriber<? super LiveEvent> delegate) {
            this.delegate = delegate;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            delegate.onSubscribe(subscription);
        }

        @Override
        public void onNext(LiveEvent item) {
            delivered.incrementAndGet();
            delegate.onNext(item);
        }

        @Override
        public void onError(Throwable throwable) {
            delegate.onError(throwable);
        }

        @Override
        public void onComplete() {
            delegate.onComplete();
        }
    }
}
