package dev.pilothouse.web.e2e;

import dev.pilothouse.runtime.LiveEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The live-grid benchmark's reference: a subscriber on the same table that remembers, per record, the order in
 * which Harper published its states ({@code "v" + seq} names) and when each arrived. Against that history,
 * {@link #staleness} says how long the browser's grid has been showing a state Harper had already replaced.
 */
final class GridWatch implements Flow.Subscriber<LiveEvent> {

    private static final Pattern NAME = Pattern.compile("v(\\d+)");

    /** One published state of a record: its write's sequence number and when the reference received it. */
    private record Seen(long seq, long nanos) {}

    private final int records;
    private final AtomicLong changes = new AtomicLong();
    private final Map<Integer, List<Seen>> history = new HashMap<>();

    GridWatch(int records) {
        this.records = records;
    }

    long changes() {
        return changes.get();
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(LiveEvent e) {
        if (!(e instanceof LiveEvent.Change change)) {
            return;
        }
        changes.incrementAndGet();
        long now = System.nanoTime();
        Matcher m = change.value() == null
                ? null
                : NAME.matcher(change.value().path("name").asText());
        if (m != null && m.matches()) {
            long seq = Long.parseLong(m.group(1));
            synchronized (history) {
                history.computeIfAbsent((int) (seq % records), k -> new ArrayList<>())
                        .add(new Seen(seq, now));
            }
        }
    }

    @Override
    public void onError(Throwable t) {
        System.out.println("reference stream failed: " + t);
    }

    @Override
    public void onComplete() {}

    /**
     * For each {@code "v" + seq} cell the browser shows at {@code at}: milliseconds since the reference received
     * the state that replaced it, or 0 when it is still the latest the reference knows of.
     */
    double[] staleness(List<String> cells, long at) {
        List<Double> out = new ArrayList<>();
        synchronized (history) {
            for (String cell : cells) {
                Matcher m = NAME.matcher(cell);
                if (!m.matches()) {
                    continue;
                }
                long seq = Long.parseLong(m.group(1));
                List<Seen> states = history.getOrDefault((int) (seq % records), List.of());
                int shown = -1;
                for (int i = states.size() - 1; i >= 0; i--) {
                    if (states.get(i).seq() == seq) {
                        shown = i;
                        break;
                    }
                }
                Seen next = shown >= 0 && shown + 1 < states.size() ? states.get(shown + 1) : null;
                out.add(next == null || next.nanos() > at ? 0.0 : (at - next.nanos()) / 1e6);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static double percentile(double[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }
}
