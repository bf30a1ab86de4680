package dev.pilothouse.cli.workspace;

import dev.pilothouse.workspace.Governance;
import dev.pilothouse.workspace.versioning.Version;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pilothouse history [--json]}. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "List the workspace's versions, newest first, with their deploy tags.")
public final class HistoryCommand extends GovernedCommand {

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = {"-n", "--max"}, description = "At most this many versions (default: 50).")
    int max = 50;

    @Override
    int run() {
        try (Governance gov = open()) {
            List<Version> versions = gov.history(max);
            if (json) {
                out().println(Output.json(versions));
                return 0;
            }
            for (Version v : versions) {
                out().printf("%s %s %-20s %s%s%n", v.shortId(), v.time(), v.author(), v.message().lines()
                        .findFirst().orElse(""), v.tags().isEmpty() ? "" : "  [" + String.join(", ", v.tags()) + "]");
            }
            return 0;
        }
    }

}
