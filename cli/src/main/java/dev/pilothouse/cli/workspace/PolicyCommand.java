package dev.pilothouse.cli.workspace;

import dev.pilothouse.cli.requests.Requests;
import dev.pilothouse.workspace.Governance;
import dev.pilothouse.workspace.humans.Role;
import dev.pilothouse.workspace.policy.Policy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pilothouse policy show|set|protect|unprotect}. */
@Command(
        name = "policy",
        mixinStandardHelpOptions = true,
        description = "The governance policy (kept in the console's home, never in the app repository).",
        subcommands = {
            PolicyCommand.Show.class,
            PolicySet.class,
            PolicyCommand.Protect.class,
            PolicyCommand.Unprotect.class
        })
public final class PolicyCommand {

    @Command(name = "show", mixinStandardHelpOptions = true, description = "The policy and the fixed rules.")
    static final class Show extends GovernedCommand {
        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        int run() {
            try (Governance gov = open()) {
                Policy p = gov.policy();
                if (json) {
                    out().println(Output.json(p));
                    return 0;
                }
                out().println("Policy file:       " + gov.policyFile());
                out().println("Protected:         "
                        + (p.protectedPrimitives().isEmpty() ? "(none)" : String.join(", ", p.protectedPrimitives())));
                out().println("Protection marker: " + p.protectionMarker() + " (in a table's or attribute's"
                        + " description)");
                out().println("Breaking changes:  " + p.breakingApprovals() + " approvers");
                out().println("Approvals expire:  after " + p.approvalExpiry());
                out().println("Shadow deploy:     " + p.shadowDeploy() + ", " + p.shadowSample()
                        + " sample records per affected table");
                out().println("Solo mode:         "
                        + (p.soloMode()
                                ? "on (deploy --head without a second person)"
                                : "off (every deploy needs another human's approval)"));
                out().println("Audit checkpoints: every " + p.auditCheckpointEvery() + " entries, in Git");
                out().println("Agent proposals:   at most " + p.maxOpenProposalsPerAgent() + " open per agent");
                out().println("Fixed rules:       agents never approve or deploy; authors never approve their own"
                        + " proposals; approvals bind to content hash and base");
                return 0;
            }
        }
    }

    @Command(name = "protect", mixinStandardHelpOptions = true, description = "Protect TABLE or TABLE.ATTRIBUTE.")
    static final class Protect extends GovernedCommand {
        @Parameters(paramLabel = "TABLE[.ATTRIBUTE]")
        String primitive;

        @Option(names = "--as", paramLabel = "human:NAME", description = AS_HELP)
        String as;

        @Override
        int run() {
            try (Governance gov = open()) {
                out().println(Requests.outcome(gov.protect(primitive, prove(as, "policy.protect", Role.ADMIN))));
                return 0;
            }
        }
    }

    @Command(name = "unprotect", mixinStandardHelpOptions = true, description = "Lift a protection.")
    static final class Unprotect extends GovernedCommand {
        @Parameters(paramLabel = "TABLE[.ATTRIBUTE]")
        String primitive;

        @Option(names = "--as", paramLabel = "human:NAME", description = AS_HELP)
        String as;

        @Override
        int run() {
            try (Governance gov = open()) {
                out().println(Requests.outcome(gov.unprotect(primitive, prove(as, "policy.unprotect", Role.ADMIN))));
                return 0;
            }
        }
    }
}
