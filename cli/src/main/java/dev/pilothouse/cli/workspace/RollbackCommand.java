package dev.pilothouse.cli.workspace;

import dev.pilothouse.workspace.Actor;
import dev.pilothouse.workspace.Governance;
import dev.pilothouse.workspace.humans.Role;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pilothouse rollback [--to TAG] [--as human:NAME]}. */
@Command(
        name = "rollback",
        mixinStandardHelpOptions = true,
        description = "Deploy an earlier deploy/N again (default: the one before the live one).")
public final class RollbackCommand extends GovernedCommand {

    @Option(names = "--to", paramLabel = "TAG", description = "e.g. deploy/3")
    String to;

    @Option(names = "--as", paramLabel = "human:NAME", description = AS_HELP)
    String as;

    @Mixin
    RuntimeOptions runtime;

    @Override
    int run() {
        Actor who = prove(as, "rollback", Role.APPROVER);
        try (Governance gov = open(runtime.target(workspace, err()))) {
            gov.recover().ifPresent(r -> out().println("Recovered: " + r));
            String tag = gov.rollback(Optional.ofNullable(to), who, new StepLines(out()));
            out().println("Rolled back as " + tag);
            return 0;
        }
    }
}
