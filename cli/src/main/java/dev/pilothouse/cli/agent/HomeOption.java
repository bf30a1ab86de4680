package dev.pilothouse.cli.agent;

import dev.pilothouse.workspace.Actor;
import dev.pilothouse.workspace.Identity;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.humans.HumanRegistry;
import dev.pilothouse.workspace.humans.Role;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The console home (default {@code $PILOTHOUSE_HOME}, else {@code ~/.pilothouse}) and the human acting. */
final class HomeOption {

    @Option(
            names = "--home",
            paramLabel = "DIR",
            description = "Console home (default $PILOTHOUSE_HOME or ~/.pilothouse).")
    Path home;

    @Option(
            names = "--as",
            paramLabel = "human:NAME",
            description = "Who acts: the human registered for your OS account (the default).")
    String as;

    PilothouseHome home() {
        return home != null ? new PilothouseHome(home) : PilothouseHome.fromEnvironment(System.getenv());
    }

    /** The admin registered for this process's OS account ({@code --as} must name them); refusals are audited. */
    Actor human(String action) {
        return HumanRegistry.forCurrentAccount(home())
                .prove(Optional.ofNullable(as).map(Identity::parse), action, Role.ADMIN);
    }
}
