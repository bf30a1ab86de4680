package dev.pilothouse.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A fresh runtime started with async commits: Harper refuses {@code writeAsync} while it creates its databases,
 * so this is the path that fails if the manager ever stops creating them with durable commits first.
 */
class AsyncCommitsIT {

    private static final LocalRuntime RUNTIME = new LocalRuntime(
            SharedHarper.TARGET.resolve("harper-it/async-" + System.currentTimeMillis()),
            HarperInstaller.forCurrentUser());

    @AfterAll
    static void stop() {
        RUNTIME.stop();
    }

    @Test
    void freshNodeStartsWithAsyncCommitsAndServesWrites() throws Exception {
        RuntimeNode node = RUNTIME.start(new StartOptions(
                        1, true, StartOptions.Ports.ANY, Duration.ofSeconds(120), null, StartOptions.Commits.ASYNC))
                .get(0);

        HarperClient client = RUNTIME.client(node);
        assertThat(client.call("get_configuration", Map.of())
                        .path("storage")
                        .path("writeAsync")
                        .asBoolean())
                .as("Harper's own view of the setting")
                .isTrue();
        assertThat(Files.readString(node.rootPath().resolve("harperdb-config.yaml")))
                .contains("writeAsync: true");
        client.createTable("data", "Probe", "id");
        client.insert("data", "Probe", List.of(Map.of("id", "a", "n", 1)));
        assertThat(client.searchById("data", "Probe", List.of("a")))
                .singleElement()
                .satisfies(record -> assertThat(record.path("n").asInt()).isEqualTo(1));
    }
}
