package dev.pilothouse.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pilothouse.runtime.RuntimeNode;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class NodeLauncherConfigTest {

    private static final RuntimeNode NODE = new RuntimeNode(
            "node2",
            "127.0.0.2",
            URI.create("http://127.0.0.2:9925/"),
            URI.create("http://127.0.0.2:9926/"),
            1883,
            9933,
            0,
            Path.of("creds.json"),
            Path.of("hdb"));

    @Test
    void durableStartWritesWriteAsyncFalseSoAnEarlierAsyncStartIsUndone() {
        ObjectNode config = NodeLauncher.config(NODE, false);
        assertThat(config.path("storage").path("writeAsync").isBoolean()).isTrue();
        assertThat(config.path("storage").path("writeAsync").booleanValue()).isFalse();
    }

    @Test
    void asyncStartAsksHarperToCommitWithoutDiskSync() {
        assertThat(NodeLauncher.config(NODE, true)
                        .path("storage")
                        .path("writeAsync")
                        .booleanValue())
                .isTrue();
    }

    @Test
    void everyListenerIsBoundToTheNodesOwnLoopbackAddress() {
        ObjectNode config = NodeLauncher.config(NODE, false);
        assertThat(config.path("http").path("port").asText()).isEqualTo("127.0.0.2:9926");
        assertThat(config.path("operationsApi").path("network").path("port").asText())
                .isEqualTo("127.0.0.2:9925");
        assertThat(config.path("mqtt").path("network").path("port").asText()).isEqualTo("127.0.0.2:1883");
        assertThat(config.path("authentication").path("authorizeLocal").booleanValue())
                .isFalse();
    }
}
