package dev.pilothouse.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.runtime.RuntimeNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuntimeFilesTest {

    @TempDir
    Path tmp;

    @Test
    void theNodeLayoutIsWrittenOwnerOnlyAndWhole() throws Exception {
        RuntimeFiles files = new RuntimeFiles(tmp.resolve("runtime"), tmp.resolve("secrets"));
        URI ops = URI.create("http://127.0.0.1:9925/");
        RuntimeNode node = new RuntimeNode(
                "node1",
                "127.0.0.1",
                ops,
                URI.create("http://127.0.0.1:9926/"),
                1883,
                9933,
                0,
                tmp.resolve("secrets/credentials.json"),
                tmp.resolve("runtime/node1/hdb"));

        files.saveNodes(List.of(node));

        Path written = tmp.resolve("runtime/nodes.json");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(written)))
                .isEqualTo("rw-------");
        assertThat(files.loadNodes()).containsExactly(node);
        assertThat(tmp.resolve("runtime/nodes.json.tmp")).doesNotExist();
    }
}
