package dev.pilothouse.runtime;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.function.Predicate;

/** A test subscriber that records everything and lets a test wait, with a deadline, for a matching event. */
final class Collector implements Flow.Subscriber<LiveEvent> {

    private final List<LiveEvent> events = new ArrayList<>();
    private final long initialRequest;
    private volatile Throwable error;
    private Flow.Subscription subscription;

    Collector() {
        this(Long.MAX_VALUE);
    }

    Collector(long initialRequest) {
        this.initialRequest = initialRequest;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (initialRequest > 0) {
            s.request(initialRequest); // request(0) would be a protocol violation that cancels the subscription
        }
    }

    @Override
    public synchronized void onNext(LiveEvent item) {
        events.add(item);
        notifyAll();
    }

    @Override
    public synchronized void onError(Throwable throwable) {
        error = throwable;
        notifyAll();
    }

    @Override
    public void onComplete() {}

    synchronized List<LiveEvent> events() {
        return List.copyOf(events);
    }

    Throwable error() {
        return error;
    }

    void request(long n) {
        subscription.request(n);
    }

    /** Waits until an event matches; fails the test with what did arrive otherwise. */
    synchronized LiveEvent await(Predicate<LiveEvent> match, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            for (LiveEvent e : events) {
                if (match.test(e)) {
                    return e;
                }
            }
            long left = Duration.between(Instant.now(), deadline).toMillis();
            if (left <= 0 || error != null) {
                throw new AssertionError(
                        "no matching event within " + timeout + "; error=" + error + "; got " + events);
            }
            wait(left);
        }
    }

    static Predicate<LiveEvent> change(LiveEvent.Kind kind, String id, boolean replay) {
        return e -> e instanceof LiveEvent.Change c && c.kind() == kind && id.equals(c.id()) && c.replay() == replay;
    }
}
