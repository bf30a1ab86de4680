package dev.pilothouse.cli.workspace;

import dev.pilothouse.workspace.Comparison;
import dev.pilothouse.workspace.Governance;
import dev.pilothouse.workspace.versioning.Version;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pilothouse history [--json]}. */
@Command(
        name = "history",
        mixinStandardHelpOptions = true,
        description = "List the workspace's versions, newest first, with their deploy tags; compare two.")
public final class HistoryCommand extends GovernedCommand {

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(
            names = {"-n", "--max"},
            description = "At most this many versions (default: 50).")
    int max = 50;

    @Option(
            names = "--diff",
            arity = "2",
            paramLabel = "VERSION",
            description = "Compare two versions (commit, deploy/N or main): text diff and classified schema changes.")
    List<String> diff;

    @Override
    int run() {
        try (Governance gov = open()) {
            if (diff != null) {
                Comparison c = gov.compare(diff.get(0), diff.get(1));
                if (json) {
                    out().println(Output.json(c));
                    return 0;
                }
                c.schemaChanges()
                        .forEach(ch -> out().println(ch.classification().label() + " " + ch.code() + " " + ch.table()
                                + (ch.attribute() == null ? "" : "." + ch.attribute()) + ": " + ch.message()));
                out().print(c.text());
                return 0;
            }
            List<Version> versions = gov.history(max);
            if (json) {
                out().println(Output.json(versions));
                return 0;
            }
            for (Version v : versions) {
                out().printf(
                                "%s %s %-20s %s%s%n",
                                v.shortId(),
                                v.time(),
                                v.author(),
                                v.message().lines().findFirst().orElse(""),
                                v.tags().isEmpty() ? "" : "  [" + String.join(", ", v.tags()) + "]");
            }
            return 0;
        }
    }
}
