package dev.pilothouse.cli.runtime;

import dev.pilothouse.runtime.AuditEntry;
import dev.pilothouse.runtime.LocalRuntime;
import dev.pilothouse.runtime.NodeStatus;
import dev.pilothouse.runtime.RuntimeNode;
import dev.pilothouse.runtime.StartOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pilothouse runtime start|status|stop|audit}. */
@Command(
        name = "runtime",
        description = "Start, inspect and stop a local Harper runtime.",
        subcommands = {
            RuntimeCommand.Start.class,
            RuntimeCommand.Status.class,
            RuntimeCommand.Stop.class,
            RuntimeCommand.Audit.class
        })
public final class RuntimeCommand {

    static Map<String, Object> describe(RuntimeNode node) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", node.name());
        out.put("host", node.host());
        out.put("operationsUrl", node.operationsUrl().toString());
        out.put("httpUrl", node.httpUrl().toString());
        out.put("mqttPort", node.mqttPort());
        out.put("pid", node.pid());
        out.put("credentialsFile", node.credentialsFile().toString());
        return out;
    }

    @Command(name = "start", description = "Install Harper when absent and start N local nodes.")
    static final class Start implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--nodes", description = "Number of nodes (127.0.0.1, 127.0.0.2, ...).")
        int nodes = 1;

        @Option(
                names = "--dir",
                paramLabel = "DIR",
                description = "Runtime data folder, outside the workspace"
                        + " (default: the workspace's, under $PILOTHOUSE_HOME).")
        Path dir;

        @Option(
                names = "--workspace",
                paramLabel = "DIR",
                description = "The workspace whose local runtime this is (default: the current folder).")
        Path workspace;

        @Option(names = "--accept-harper-terms", description = "Accept Harper's terms (asked once per runtime).")
        boolean acceptTerms;

        @Option(names = "--json", description = "Print the nodes as JSON.")
        boolean json;

        @Option(
                names = "--write-async",
                description = "Commit without waiting for the disk sync (Harper's "
                        + "storage.writeAsync): lower put-to-delivery latency; a machine crash can lose the last writes. "
                        + "For local development; applies to nodes this command starts.")
        boolean writeAsync;

        @Override
        public Integer call() throws Exception {
            return Target.guarded(spec.commandLine().getErr(), this::body);
        }

        private Integer body() {
            LocalRuntime runtime =
                    Target.local(workspace, dir, spec.commandLine().getErr());
            List<RuntimeNode> started = runtime.start(new StartOptions(
                    nodes,
                    acceptTerms,
                    null,
                    Duration.ofSeconds(120),
                    line -> {
                        spec.commandLine().getErr().println(line);
                        spec.commandLine().getErr().flush();
                    },
                    writeAsync ? StartOptions.Commits.ASYNC : StartOptions.Commits.DURABLE));
            print(
                    spec.commandLine().getOut(),
                    started.stream().map(RuntimeCommand::describe).toList(),
                    json);
            return 0;
        }
    }

    @Command(name = "status", description = "Show each node and whether it runs.")
    static final class Status implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(
                names = {"--dir", "--runtime"},
                paramLabel = "DIR",
                description = "Runtime data folder.")
        Path dir;

        @Option(
                names = "--workspace",
                paramLabel = "DIR",
                description = "The workspace whose local runtime this is (default: the current folder).")
        Path workspace;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            return Target.guarded(spec.commandLine().getErr(), this::body);
        }

        private Integer body() {
            LocalRuntime runtime =
                    Target.local(workspace, dir, spec.commandLine().getErr());
            List<Map<String, Object>> out = runtime.status().stream()
                    .map(s -> {
                        Map<String, Object> node = describe(s.node());
                        node.put("state", s.state().name().toLowerCase());
                        return node;
                    })
                    .toList();
            print(spec.commandLine().getOut(), out, json);
            boolean allRunning = runtime.status().stream().allMatch(s -> s.state() == NodeStatus.State.RUNNING);
            return out.isEmpty() || !allRunning ? 3 : 0;
        }
    }

    @Command(name = "stop", description = "Stop every node of the runtime.")
    static final class Stop implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(
                names = {"--dir", "--runtime"},
                paramLabel = "DIR",
                description = "Runtime data folder.")
        Path dir;

        @Option(
                names = "--workspace",
                paramLabel = "DIR",
                description = "The workspace whose local runtime this is (default: the current folder).")
        Path workspace;

        @Override
        public Integer call() throws Exception {
            return Target.guarded(spec.commandLine().getErr(), this::body);
        }

        private Integer body() {
            Target.local(workspace, dir, spec.commandLine().getErr()).stop();
            spec.commandLine().getOut().println("stopped");
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    /** Harper's audit log carries whole records, so it is masked as {@code tail} is ({@link StreamMasks}). */
    @Command(
            name = "audit",
            description =
                    "Print a table's audit log (protected values masked unless you are an" + " approver or admin).")
    static final class Audit implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        Target target;

        @Parameters(paramLabel = "TABLE", description = "Table as DATABASE.TABLE, or TABLE in database 'data'.")
        String table;

        @Option(names = "--json", description = "One JSON entry per line.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            return Target.guarded(spec.commandLine().getErr(), this::body);
        }

        private Integer body() {
            String database = table.contains(".") ? table.substring(0, table.indexOf('.')) : "data";
            String name = table.contains(".") ? table.substring(table.indexOf('.') + 1) : table;
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            StreamMasks masks = Viewer.masks(target.workspace, err);
            dev.pilothouse.workspace.policy.RecordMask mask = masks.table(database, name);
            if (mask.hidesAll()) {
                err.println(masks.notice(mask));
                err.flush();
                return 3;
            }
            for (AuditEntry read : target.client().readAuditLog(database, name)) {
                AuditEntry entry = new AuditEntry(
                        read.operation(),
                        read.user(),
                        read.timestamp(),
                        read.ids(),
                        read.records().stream().map(mask::apply).toList());
                out.println(
                        json
                                ? Target.json(entry)
                                : String.format(
                                        "%.0f %-7s %-10s %s",
                                        entry.timestamp(), entry.operation(), entry.user(), entry.ids()));
            }
            out.flush();
            return 0;
        }
    }

    static void print(PrintWriter out, List<Map<String, Object>> nodes, boolean json) {
        if (json) {
            out.println(Target.json(nodes));
            out.flush();
            return;
        }
        for (Map<String, Object> node : nodes) {
            out.println(node.get("name") + "  " + node.get("operationsUrl") + "  http " + node.get("httpUrl")
                    + "  mqtt " + node.get("mqttPort") + "  pid " + node.get("pid")
                    + (node.containsKey("state") ? "  " + node.get("state") : ""));
        }
        out.flush();
    }
}
