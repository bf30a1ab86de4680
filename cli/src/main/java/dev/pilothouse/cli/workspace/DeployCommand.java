package dev.pilothouse.cli.workspace;

import dev.pilothouse.workspace.Governance;
import dev.pilothouse.workspace.Identity;
import dev.pilothouse.workspace.Refusal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pilothouse deploy ID --as human:NAME} or {@code deploy --head --as human:NAME}: the only way to deploy. */
@Command(name = "deploy", mixinStandardHelpOptions = true,
        description = "Deploy an approved proposal, or (humans) the workspace head; rolls back on failure.")
public final class DeployCommand extends GovernedCommand {

    @Parameters(paramLabel = "ID", arity = "0..1", description = "An approved proposal.")
    String id;

    @Option(names = "--head", description = "Deploy the workspace head (commits uncommitted edits first).")
    boolean head;

    @Option(names = "--as", required = true, paramLabel = "ID", description = "human:NAME")
    String as;

    @Mixin
    RuntimeOptions runtime;

    @Override
    int run() {
        if (head == (id != null)) {
            throw new Refusal("deploy-what", "give either a proposal ID or --head");
        }
        Identity who = Identity.parse(as);
        try (Governance gov = open(runtime.target(workspace))) {
            gov.recover().ifPresent(r -> out().println("Recovered: " + r));
            String tag = head ? gov.deployHead(who) : gov.deploy(id, who);
            out().println("Deployed " + (head ? "the head" : id) + " as " + tag);
            return 0;
        }
    }
}
