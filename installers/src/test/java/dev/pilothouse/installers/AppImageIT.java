package dev.pilothouse.installers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.installers.Processes.Result;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Smoke test of the jpackage app image as built by the installers profile: its own runtime, no JDK needed. */
class AppImageIT {

    private final Path image = Processes.property("installers.appImage");
    private final String version = System.getProperty("pilothouse.expectedVersion");

    @TempDir
    Path home;

    private Result pilothouse(String... args) throws Exception {
        List<String> command =
                new ArrayList<>(List.of(image.resolve("bin/pilothouse").toString()));
        command.addAll(List.of(args));
        return Processes.run(home, command);
    }

    @Test
    void launcherPrintsTheProjectVersionOnTheBundledRuntime() throws Exception {
        Result r = pilothouse("--version");

        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.output().lines().toList()).first().isEqualTo("Pilothouse " + version);
        assertThat(r.output()).contains("Java " + Runtime.version().feature());
        assertThat(image.resolve("lib/runtime/release")).exists();
    }

    @Test
    void runtimeStartIsThereWithItsOptions() throws Exception {
        Result r = pilothouse("runtime", "start", "--help");

        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.output()).contains("--accept-harper-terms", "--nodes");
    }

    @Test
    void opensAWorkspaceAndChecksItsSchema() throws Exception {
        Path app = Files.createDirectories(home.resolve("app"));
        Files.writeString(app.resolve("schema.graphql"), "type Product @table @export { id: ID @primaryKey }\n");
        Files.writeString(app.resolve("config.yaml"), "graphqlSchema:\n  files: 'schema.graphql'\n");
        Files.writeString(app.resolve("resources.js"), "export class Hello extends Resource {}\n");
        Path ws = home.resolve("ws");

        Result init = pilothouse("init", ws.toString(), "--from", app.toString());
        Result history = pilothouse("history", "--workspace", ws.toString());
        Result check =
                pilothouse("schema", "check", ws.resolve("schema.graphql").toString());

        assertThat(init.exitCode()).as(init.output()).isZero();
        assertThat(history.exitCode()).as(history.output()).isZero();
        assertThat(history.output()).isNotBlank();
        assertThat(check.exitCode()).as(check.output()).isZero();
    }

    @Test
    void desktopLoadsJavaFxAndItsNativesAndOnlyLacksADisplay() throws Exception {
        // no X server here: getting as far as "open DISPLAY" means the JavaFX jars and glass natives load
        Result r = pilothouse("desktop", "--no-runtime", "--workspace", home.toString());

        assertThat(image.resolve("lib/app/libglassgtk3.so"))
                .as("natives beside the jars")
                .exists();
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.output())
                .contains("Unable to open DISPLAY")
                .doesNotContain("ClassNotFoundException", "NoClassDefFoundError", "UnsatisfiedLinkError");
    }

    @Test
    void webConsoleServesFromTheImage() throws Exception {
        HttpResponse<String> login = Processes.serveAndFetchLogin(
                home,
                List.of(
                        image.resolve("bin/pilothouse").toString(),
                        "web",
                        "--port",
                        "0",
                        "--workspace",
                        Files.createDirectories(home.resolve("ws")).toString()));

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).containsIgnoringCase("<html");
    }
}
