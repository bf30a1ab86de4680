package dev.pilothouse.cli.workspace;

import dev.pilothouse.workspace.deploy.DeployProgress;
import dev.pilothouse.workspace.deploy.DeployRun;
import dev.pilothouse.workspace.deploy.DeployUpdate;
import java.io.PrintWriter;
import java.util.Locale;

/** Prints each deploy step as it starts and ends, so a deploy that takes seconds says what it is waiting for. */
final class StepLines implements DeployProgress {

    private final PrintWriter out;
    private final DeployRun run = new DeployRun(DeployProgress.NONE);

    StepLines(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void on(DeployUpdate update) {
        run.on(update);
        String label = String.format(Locale.ROOT, "  %-18s", update.step().label());
        if (update.phase() == DeployUpdate.Phase.RUNNING) {
            out.println(label + "… " + update.step().purpose());
        } else {
            String took = run.rows().stream()
                    .filter(r -> r.step() == update.step())
                    .findFirst()
                    .flatMap(DeployRun.Row::took)
                    .map(d -> String.format(Locale.ROOT, " in %.1f s", d.toMillis() / 1000.0))
                    .orElse("");
            out.println(label
                    + update.phase().name().toLowerCase(Locale.ROOT)
                    + took
                    + (update.detail().isEmpty() ? "" : ": " + update.detail()));
        }
        out.flush();
    }
}
