package dev.pilothouse.cli.workspace;

import dev.pilothouse.workspace.Governance;
import dev.pilothouse.workspace.Identity;
import dev.pilothouse.workspace.proposal.Decision;
import dev.pilothouse.workspace.proposal.Proposal;
import dev.pilothouse.workspace.proposal.ValidationStep;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pilothouse proposals list|show ID|rebase ID}. */
@Command(
        name = "proposals",
        mixinStandardHelpOptions = true,
        description = "List, show or rebase proposals.",
        subcommands = {ProposalsCommand.ListProposals.class, ProposalsCommand.Show.class, ProposalsCommand.Rebase.class
        })
public final class ProposalsCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Every proposal with its state.")
    static final class ListProposals extends GovernedCommand {
        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        int run() {
            try (Governance gov = open()) {
                if (json) {
                    out().println(Output.json(gov.proposals()));
                    return 0;
                }
                for (Proposal p : gov.proposals()) {
                    out().printf(
                                    "%-5s %-12s %-9s %-16s %s%n",
                                    p.id(),
                                    p.state().label(),
                                    p.classification() == null ? "-" : p.classification(),
                                    p.author(),
                                    p.message());
                }
                return 0;
            }
        }
    }

    @Command(
            name = "show",
            mixinStandardHelpOptions = true,
            description = "State, author, change classification, validation steps, decisions and the diff.")
    static final class Show extends GovernedCommand {
        @Parameters(paramLabel = "ID")
        String id;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        int run() {
            try (Governance gov = open()) {
                Proposal p = gov.proposal(id);
                if (json) {
                    out().println(Output.json(p));
                    return 0;
                }
                print(out(), p);
                out().println();
                out().print(gov.diff(p));
                return 0;
            }
        }

        private static void print(PrintWriter out, Proposal p) {
            out.println("Proposal " + p.id() + " (" + p.state().label() + ")");
            out.println("Author:         " + p.author());
            out.println("Message:        " + p.message());
            out.println("Files:          " + String.join(", ", p.files()));
            out.println("Base:           " + p.base());
            out.println("Content hash:   " + p.contentHash());
            out.println("Verdict:        "
                    + (p.verdict() == null ? "not validated" : p.verdict().label()));
            out.println("Classification: " + (p.classification() == null ? "-" : p.classification()));
            for (ValidationStep step : p.validation()) {
                out.println("Step " + step.name() + ": " + step.verdict().label());
                step.output().lines().forEach(l -> out.println("    " + l));
            }
            for (Decision d : p.decisions()) {
                out.println((d.approve() ? "Approved by " : "Rejected by ") + d.by() + " at " + d.at()
                        + (d.comment() == null || d.comment().isBlank() ? "" : ": " + d.comment()));
            }
            if (p.deployTag() != null) {
                out.println("Deployed as:    " + p.deployTag());
            }
        }
    }

    @Command(
            name = "rebase",
            mixinStandardHelpOptions = true,
            description = "Re-apply a proposal on the current head (validation and approvals start over).")
    static final class Rebase extends GovernedCommand {
        @Parameters(paramLabel = "ID")
        String id;

        @Option(names = "--as", required = true, paramLabel = "ID", description = "Who rebases.")
        String as;

        @Override
        int run() {
            try (Governance gov = open()) {
                Proposal p = gov.rebase(id, Identity.parse(as));
                out().println(p.id() + " rebased on " + p.base().substring(0, 10) + "; validate it again");
                return 0;
            }
        }
    }
}
