package dev.pilothouse.workspace.deploy;

import java.time.Clock;
import java.util.function.Function;
import java.util.function.Supplier;

/** Reports the steps of one deploy to its {@link DeployProgress}, each with the time it changed phase. */
public final class DeploySteps {

    private static final System.Logger LOG = System.getLogger(DeploySteps.class.getName());

    private final DeployProgress progress;
    private final Clock clock;

    public DeploySteps(DeployProgress progress, Clock clock) {
        this.progress = progress;
        this.clock = clock;
    }

    /** Runs {@code body} as {@code step}: running, then done with {@code detail} of its result, or failed. */
    public <T> T run(DeployStep step, Supplier<T> body, Function<T, String> detail) {
        report(step, DeployUpdate.Phase.RUNNING, "");
        T result;
        try {
            result = body.get();
        } catch (RuntimeException failed) {
            report(step, DeployUpdate.Phase.FAILED, String.valueOf(failed.getMessage()));
            throw failed;
        }
        report(step, DeployUpdate.Phase.DONE, detail.apply(result));
        return result;
    }

    public void run(DeployStep step, Runnable body, String detail) {
        run(
                step,
                () -> {
                    body.run();
                    return detail;
                },
                Function.identity());
    }

    public void skipped(DeployStep step, String why) {
        report(step, DeployUpdate.Phase.SKIPPED, why);
    }

    private void report(DeployStep step, DeployUpdate.Phase phase, String detail) {
        try {
            progress.on(new DeployUpdate(step, phase, detail, clock.instant()));
        } catch (RuntimeException listenerFailed) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "a deploy progress listener failed; the deploy goes on",
                    listenerFailed);
        }
    }
}
