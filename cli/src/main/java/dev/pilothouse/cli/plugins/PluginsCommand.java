package dev.pilothouse.cli.plugins;

import dev.pilothouse.plugin.api.Kind;
import dev.pilothouse.plugin.host.PluginRecord;
import dev.pilothouse.plugin.host.PluginStatus;
import dev.pilothouse.workspace.Json;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pilothouse plugins list}: every plugin found, loaded or not. Exit 0, or 1 when one failed or was refused.
 * {@code plugins trust|untrust} keep the console home's allow-list of workspace jars.
 */
@Command(
        name = "plugins",
        description = "The plugins Pilothouse found (bundled, home and allow-listed workspace jars).",
        mixinStandardHelpOptions = true,
        subcommands = {PluginsCommand.ListCommand.class, TrustCommands.Trust.class, TrustCommands.Untrust.class})
public final class PluginsCommand {

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "List plugins: name, version, kinds, source jar or bundled, status (loaded, failed,"
                    + " refused) and error.")
    static final class ListCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--workspace", paramLabel = "DIR", description = "The workspace (default: the current folder).")
        Path workspace = Path.of(".");

        @Option(names = "--json", description = "Print a JSON array.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            List<PluginRecord> plugins;
            try (PluginSupport support = PluginSupport.open(workspace)) {
                plugins = support.host().plugins();
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("pilothouse plugins list: " + e.getMessage());
                return 2;
            }
            if (json) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (PluginRecord p : plugins) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("name", p.name());
                    row.put("version", p.version());
                    row.put("kinds", p.kinds().stream().map(Kind::label).toList());
                    row.put("source", p.source());
                    row.put("status", p.status().label());
                    row.put("error", p.error());
                    rows.add(row);
                }
                out.println(Json.MAPPER.writeValueAsString(rows));
            } else {
                out.printf("%-20s %-8s %-30s %-8s %s%n", "NAME", "VERSION", "KINDS", "STATUS", "SOURCE");
                for (PluginRecord p : plugins) {
                    out.printf(
                            "%-20s %-8s %-30s %-8s %s%n",
                            p.name(),
                            p.version().isEmpty() ? "-" : p.version(),
                            p.kinds().isEmpty()
                                    ? "-"
                                    : String.join(
                                            ",",
                                            p.kinds().stream().map(Kind::label).toList()),
                            p.status().label(),
                            p.source());
                    if (p.error() != null) {
                        out.println("    " + p.error());
                    }
                }
            }
            out.flush();
            return plugins.stream().anyMatch(p -> p.status() != PluginStatus.LOADED) ? 1 : 0;
        }
    }
}
