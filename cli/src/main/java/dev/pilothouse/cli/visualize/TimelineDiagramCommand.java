package dev.pilothouse.cli.visualize;

import dev.pilothouse.visualizer.timeline.AuditRecord;
import dev.pilothouse.visualizer.timeline.TimeRange;
import dev.pilothouse.visualizer.timeline.TimelineDiagram;
import dev.pilothouse.visualizer.timeline.WorkspaceAudit;
import dev.pilothouse.workspace.Governance;
import dev.pilothouse.workspace.PilothouseHome;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code visualize timeline --workspace DIR --svg OUT}: the workspace's audit log as lanes per actor. */
@Command(
        name = "timeline",
        mixinStandardHelpOptions = true,
        description = "Draw the workspace's audit trail (proposals, validations, approvals, deploys, rollbacks).")
final class TimelineDiagramCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--workspace", defaultValue = ".", paramLabel = "DIR", description = "The workspace.")
    Path workspace;

    @Option(names = "--svg", required = true, paramLabel = "OUT", description = "Where to write the SVG.")
    Path svg;

    @Override
    public Integer call() {
        try (Governance gov = Governance.open(workspace, home(), Optional.empty())) {
            List<AuditRecord> records = WorkspaceAudit.records(gov.audit().entries());
            if (records.isEmpty()) {
                spec.commandLine()
                        .getErr()
                        .println("pilothouse visualize timeline: no proposal, validation, "
                                + "approval, deploy or rollback in "
                                + gov.audit().file() + " yet");
                return 2;
            }
            var first = records.getFirst().time();
            var last = records.getLast().time();
            TimeRange range = new TimeRange(first.minus(Duration.ofMinutes(1)), last.plus(Duration.ofMinutes(1)));
            Drawing.write(new TimelineDiagram(1000).draw(records, range), svg);
            spec.commandLine().getOut().println("wrote " + svg + " (" + records.size() + " steps)");
            return 0;
        } catch (Drawing.Failure e) {
            spec.commandLine().getErr().println("pilothouse visualize timeline: " + e.getMessage());
            return 2;
        } finally {
            spec.commandLine().getOut().flush();
            spec.commandLine().getErr().flush();
        }
    }

    private static PilothouseHome home() {
        return dev.pilothouse.cli.home.ConsoleHome.current();
    }
}
