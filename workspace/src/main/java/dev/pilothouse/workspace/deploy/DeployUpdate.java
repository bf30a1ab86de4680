package dev.pilothouse.workspace.deploy;

import java.time.Instant;
import java.util.Objects;

/** One step changing phase during a deploy; {@code detail} says what was found (empty while running). */
public record DeployUpdate(DeployStep step, Phase phase, String detail, Instant at) {

    public DeployUpdate {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(at, "at");
        detail = detail == null ? "" : detail;
    }

    public enum Phase {
        RUNNING,
        DONE,
        SKIPPED,
        FAILED;

        public boolean finished() {
            return this != RUNNING;
        }
    }
}
