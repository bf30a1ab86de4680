package dev.pilothouse.cli.workspace;

import dev.pilothouse.workspace.Governance;
import dev.pilothouse.workspace.Identity;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pilothouse rollback [--to TAG] --as human:NAME}. */
@Command(name = "rollback", mixinStandardHelpOptions = true,
        description = "Deploy an earlier deploy/N again (default: the one before the live one).")
public final class RollbackCommand extends GovernedCommand {

    @Option(names = "--to", paramLabel = "TAG", description = "e.g. deploy/3")
    String to;

    @Option(names = "--as", required = true, paramLabel = "ID", description = "human:NAME")
    String as;

    @Mixin
    RuntimeOptions runtime;

    @Override
    int run() {
        try (Governance gov = open(runtime.target(workspace))) {
            gov.recover().ifPresent(r -> out().println("Recovered: " + r));
            String tag = gov.rollback(Optional.ofNullable(to), Identity.parse(as));
            out().println("Rolled back as " + tag);
            return 0;
        }
    }
}
