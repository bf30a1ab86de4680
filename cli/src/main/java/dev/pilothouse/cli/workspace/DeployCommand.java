package dev.pilothouse.cli.workspace;

import dev.pilothouse.workspace.Actor;
import dev.pilothouse.workspace.Governance;
import dev.pilothouse.workspace.Refusal;
import dev.pilothouse.workspace.humans.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pilothouse deploy ID [--as human:NAME]}: the only way to deploy, an approved proposal. {@code deploy --head}
 * (solo mode only) prints the diff of the working tree's app files, commits just those and deploys them.
 */
@Command(
        name = "deploy",
        mixinStandardHelpOptions = true,
        description = "Deploy an approved proposal, or (solo mode only) the working tree's app files; rolls back on"
                + " failure.")
public final class DeployCommand extends GovernedCommand {

    @Parameters(paramLabel = "ID", arity = "0..1", description = "An approved proposal.")
    String id;

    @Option(
            names = "--head",
            description = "Solo mode only: commit the working tree's app files (no other file) and deploy them.")
    boolean head;

    @Option(names = "--as", paramLabel = "human:NAME", description = AS_HELP)
    String as;

    @Mixin
    RuntimeOptions runtime;

    @Override
    int run() {
        if (head == (id != null)) {
            throw new Refusal("deploy-what", "give either a proposal ID or --head");
        }
        Actor who = prove(as, head ? "deploy-head" : "deploy", Role.APPROVER);
        try (Governance gov = open(runtime.target(workspace, err()))) {
            gov.recover().ifPresent(r -> out().println("Recovered: " + r));
            if (head && gov.soloMode()) {
                String diff = gov.headDiff(who.who());
                out().println(
                                diff.isEmpty()
                                        ? "No app file differs from the head; deploying the head as it is."
                                        : "Committing these app files (no other file of the working tree):\n" + diff);
            }
            StepLines steps = new StepLines(out());
            String tag = head ? gov.deployHead(who, steps) : gov.deploy(id, who, steps);
            out().println("Deployed " + (head ? "the head" : id) + " as " + tag);
            return 0;
        }
    }
}
