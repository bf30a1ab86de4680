package dev.pilothouse.cli.agent;

import dev.pilothouse.workspace.Identity;
import dev.pilothouse.workspace.PilothouseHome;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The console home (default {@code $PILOTHOUSE_HOME}, else {@code ~/.pilothouse}) and the human acting. */
final class HomeOption {

    @Option(names = "--home", paramLabel = "DIR", description = "Console home (default $PILOTHOUSE_HOME or ~/.pilothouse).")
    Path home;

    @Option(names = "--as", paramLabel = "human:NAME", description = "Who acts (default human:<login name>).")
    String as;

    PilothouseHome home() {
        return home != null ? new PilothouseHome(home) : PilothouseHome.fromEnvironment(System.getenv());
    }

    Identity human() {
        String login = System.getProperty("user.name", "unknown").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._@-]", "-");
        Identity who = Identity.parse(as != null ? as : "human:" + login);
        if (!who.isHuman()) {
            throw new IllegalArgumentException("agents are managed by humans; " + who + " is an agent");
        }
        return who;
    }
}
