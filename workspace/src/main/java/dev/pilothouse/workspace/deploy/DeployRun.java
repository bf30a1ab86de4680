package dev.pilothouse.workspace.deploy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The steps of one deploy as the consoles list them: each step's latest phase, when it started and how long it took.
 * Passes each update on to the next listener; thread-safe, since updates come from the deploying
 * thread while a view reads {@link #rows()}.
 */
public final class DeployRun implements DeployProgress {

    /** One line of the list; {@code took} is empty while the step runs. */
    public record Row(
            DeployStep step, DeployUpdate.Phase phase, String detail, Instant started, Optional<Duration> took) {}

    private final Map<DeployStep, Row> rows = new EnumMap<>(DeployStep.class);
    private final DeployProgress next;

    public DeployRun(DeployProgress next) {
        this.next = next;
    }

    @Override
    public void on(DeployUpdate update) {
        synchronized (rows) {
            Row before = rows.get(update.step());
            Instant started =
                    before == null || update.phase() == DeployUpdate.Phase.RUNNING ? update.at() : before.started();
            Optional<Duration> took = update.phase().finished() && before != null
                    ? Optional.of(Duration.between(started, update.at()))
                    : Optional.empty();
            rows.put(update.step(), new Row(update.step(), update.phase(), update.detail(), started, took));
        }
        next.on(update);
    }

    /** The steps reported so far, in the order they run. */
    public List<Row> rows() {
        synchronized (rows) {
            return List.copyOf(new ArrayList<>(rows.values()));
        }
    }
}
