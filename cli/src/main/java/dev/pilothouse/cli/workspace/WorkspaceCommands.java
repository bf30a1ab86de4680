package dev.pilothouse.cli.workspace;

import dev.pilothouse.workspace.Governance;
import dev.pilothouse.workspace.humans.Role;
import dev.pilothouse.workspace.proposal.ApprovalCount;
import dev.pilothouse.workspace.proposal.Proposal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pilothouse approve|reject ID [--as human:NAME] [--comment TEXT]}. */
public final class WorkspaceCommands {

    private WorkspaceCommands() {}

    @Command(
            name = "approve",
            mixinStandardHelpOptions = true,
            description = "Approve a validated proposal (humans only, never your own).")
    public static final class Approve extends GovernedCommand {
        @Parameters(paramLabel = "ID")
        String id;

        @Option(names = "--as", paramLabel = "human:NAME", description = AS_HELP)
        String as;

        @Option(names = "--comment", paramLabel = "TEXT")
        String comment;

        @Option(
                names = "--acknowledge-skipped",
                description = "Approve although validation steps were skipped "
                        + "(their evidence is missing); recorded in the audit trail with the steps' names.")
        boolean acknowledgeSkipped;

        @Override
        int run() {
            try (Governance gov = open()) {
                Proposal p = gov.approve(id, prove(as, "approval", Role.APPROVER), comment, acknowledgeSkipped);
                ApprovalCount count = gov.approvalCount(p.id());
                out().println(p.id() + " " + p.state().label() + " (" + count.valid() + " of " + count.required()
                        + " approvals"
                        + (count.enough()
                                ? "): ready to deploy"
                                : "): " + count.missing() + " more needed from another human"));
                return 0;
            }
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true, description = "Reject a proposal (humans only).")
    public static final class Reject extends GovernedCommand {
        @Parameters(paramLabel = "ID")
        String id;

        @Option(names = "--as", paramLabel = "human:NAME", description = AS_HELP)
        String as;

        @Option(names = "--comment", paramLabel = "TEXT")
        String comment;

        @Override
        int run() {
            try (Governance gov = open()) {
                out().println(gov.reject(id, prove(as, "rejection", Role.APPROVER), comment)
                                .id() + " rejected");
                return 0;
            }
        }
    }
}
