package dev.pilothouse.cli.workspace;

import dev.pilothouse.workspace.Governance;
import dev.pilothouse.workspace.Identity;
import dev.pilothouse.workspace.proposal.Proposal;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pilothouse propose --from DIR --author ID --message TEXT [--json]}. */
@Command(name = "propose", mixinStandardHelpOptions = true,
        description = "Propose new contents for the app's files; prints the proposal id.")
public final class ProposeCommand extends GovernedCommand {

    @Option(names = "--from", required = true, paramLabel = "DIR", description = "Folder with the proposed files.")
    Path from;

    @Option(names = "--author", required = true, paramLabel = "ID", description = "human:NAME or agent:NAME.")
    String author;

    @Option(names = {"--message", "-m"}, required = true, paramLabel = "TEXT", description = "Why (the rationale).")
    String message;

    @Option(names = "--supersedes", paramLabel = "ID", description = "A proposal this one replaces.")
    String supersedes;

    @Option(names = "--json", description = "Print {\"id\": ...}.")
    boolean json;

    @Override
    int run() {
        Identity who = Identity.parse(author);
        try (Governance gov = open()) {
            Proposal p = gov.propose(from, who, message, Optional.ofNullable(supersedes));
            out().println(json ? Output.json(Map.of("id", p.id(), "contentHash", p.contentHash())) : p.id());
            return 0;
        }
    }
}
