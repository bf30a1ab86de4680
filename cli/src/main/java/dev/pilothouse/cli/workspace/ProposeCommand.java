package dev.pilothouse.cli.workspace;

import dev.pilothouse.workspace.Governance;
import dev.pilothouse.workspace.Identity;
import dev.pilothouse.workspace.proposal.Proposal;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pilothouse propose --from DIR|--working-tree --author ID --message TEXT [--json]}. */
@Command(
        name = "propose",
        mixinStandardHelpOptions = true,
        description = "Propose new contents for the app's files; prints the proposal id.")
public final class ProposeCommand extends GovernedCommand {

    @Option(names = "--from", paramLabel = "DIR", description = "Folder with the proposed files.")
    Path from;

    @Option(
            names = "--working-tree",
            description = "Propose the app files of the workspace's working tree (edits"
                    + " made in place; other files there are left out).")
    boolean workingTree;

    @Option(names = "--author", required = true, paramLabel = "ID", description = "human:NAME or agent:NAME.")
    String author;

    @Option(
            names = {"--message", "-m"},
            required = true,
            paramLabel = "TEXT",
            description = "Why (the rationale).")
    String message;

    @Option(names = "--supersedes", paramLabel = "ID", description = "A proposal this one replaces.")
    String supersedes;

    @Option(names = "--json", description = "Print {\"id\": ...}.")
    boolean json;

    @Override
    int run() {
        if (workingTree == (from != null)) {
            throw new IllegalArgumentException("give either --from DIR or --working-tree");
        }
        Identity who = Identity.parse(author);
        if (who.isHuman()) { // a human author is proved like any human action: nobody proposes under another's name
            who = prove(author, "proposal.create", null).who();
        }
        try (Governance gov = open()) {
            Proposal p = workingTree
                    ? gov.proposeWorkingTree(who, message, Optional.ofNullable(supersedes))
                    : gov.propose(from, who, message, Optional.ofNullable(supersedes));
            out().println(json ? Output.json(Map.of("id", p.id(), "contentHash", p.contentHash())) : p.id());
            return 0;
        }
    }
}
