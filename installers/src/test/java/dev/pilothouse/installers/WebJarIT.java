package dev.pilothouse.installers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.installers.Processes.Result;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pilothouse-web.jar as a server operator runs it: {@code java -jar pilothouse-web.jar --port P --workspace DIR}. */
class WebJarIT {

    private final Path jar = Processes.property("installers.dist").resolve("pilothouse-web.jar");
    private final String javaBin =
            Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    Path home;

    /** java -jar pilothouse-web.jar ARGS, with user.home and tmp in the test's folder. */
    private List<String> java(String... args) {
        List<String> command = new ArrayList<>(
                List.of(javaBin, "-Duser.home=" + home, "-Djava.io.tmpdir=" + home, "-jar", jar.toString()));
        command.addAll(List.of(args));
        return command;
    }

    @Test
    void printsItsVersion() throws Exception {
        Result r = Processes.run(home, java("--version"));

        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.output()).startsWith("Pilothouse " + System.getProperty("pilothouse.expectedVersion"));
    }

    @Test
    void servesTheConsoleOnTheGivenWorkspace() throws Exception {
        Path ws = Files.createDirectories(home.resolve("ws"));
        Files.writeString(ws.resolve("schema.graphql"), "type Product @table { id: ID @primaryKey }\n");

        HttpResponse<String> login =
                Processes.serveAndFetchLogin(home, java("--port", "0", "--workspace", ws.toString()));

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).containsIgnoringCase("<html");
    }

    @Test
    void carriesNoJavaFx() throws Exception {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            assertThat(zip.stream().map(ZipEntry::getName))
                    .anyMatch(n -> n.startsWith("BOOT-INF/lib/console-web-"))
                    .noneMatch(n -> n.startsWith("BOOT-INF/lib/javafx-"))
                    .noneMatch(n -> n.startsWith("BOOT-INF/lib/console-desktop-"));
        }
    }
}
