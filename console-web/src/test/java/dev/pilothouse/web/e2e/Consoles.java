package dev.pilothouse.web.e2e;

import dev.pilothouse.web.PilothouseWeb;
import dev.pilothouse.web.WebNetwork;
import dev.pilothouse.web.WebOptions;
import dev.pilothouse.workspace.Identity;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.WorkspaceInit;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.context.ConfigurableApplicationContext;

/** A console over a fresh governed shop workspace and no Harper, on a free port, for the network tests. */
final class Consoles {

    private Consoles() {}

    /** Starts one under {@code target/NAME} (emptied first); {@code home} is {@code target/NAME/home}. */
    static ConfigurableApplicationContext start(String name, WebNetwork network) throws IOException {
        return start(name, network, home -> {});
    }

    /** As {@link #start(String, WebNetwork)}, with {@code beforeStart} given the home first (to add users). */
    static ConfigurableApplicationContext start(
            String name, WebNetwork network, java.util.function.Consumer<Path> beforeStart) throws IOException {
        Path root = WebFixture.TARGET.resolve(name);
        deleteTree(root);
        Path workspace = root.resolve("shop");
        Path home = root.resolve("home");
        try {
            Path app = Path.of(Consoles.class.getResource("/apps/shop").toURI());
            WorkspaceInit.init(workspace, Optional.of(app), Identity.parse("human:fixture"), new PilothouseHome(home));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        beforeStart.accept(home);
        return PilothouseWeb.start(new WebOptions(0, workspace, home, Optional.empty(), network));
    }

    static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
