package dev.pilothouse.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A link an agent planted in the workspace never leads the console outside it, for reads or for writes. */
class WorkspaceFilesTest {

    @TempDir
    Path tmp;

    private Path workspace;
    private Path outside;
    private WorkspaceFiles files;

    @BeforeEach
    void setUp() throws Exception {
        workspace = Files.createDirectories(tmp.resolve("workspace"));
        outside = Files.writeString(tmp.resolve("home-secret.json"), "{\"password\":\"hunter2hunter2\"}");
        files = new WorkspaceFiles(workspace);
    }

    @Test
    void aLinkToAFileOutsideTheWorkspaceIsNotReadAndTheErrorNamesIt() throws Exception {
        Files.createSymbolicLink(workspace.resolve("schema.graphql"), outside);

        assertThatThrownBy(() -> files.read("schema.graphql"))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(workspace.resolve("schema.graphql").toString())
                .hasMessageContaining("symbolic link")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void aLinkToAFileOutsideTheWorkspaceIsNotWrittenThrough() throws Exception {
        Files.createSymbolicLink(workspace.resolve("resources.js"), outside);

        assertThatThrownBy(() -> files.write("resources.js", "overwritten"))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(workspace.resolve("resources.js").toString());

        assertThat(outside).hasContent("{\"password\":\"hunter2hunter2\"}");
    }

    @Test
    void aLinkIsNotReportedAsAnAppFileThatExists() throws Exception {
        Files.createSymbolicLink(workspace.resolve("config.yaml"), Path.of("/etc/passwd"));

        assertThatThrownBy(() -> files.exists("config.yaml")).hasMessageContaining("config.yaml");
    }

    @Test
    void deletingALinkRemovesTheLinkAndNotItsTarget() throws Exception {
        Files.createSymbolicLink(workspace.resolve("config.yaml"), outside);

        files.delete("config.yaml");

        assertThat(workspace.resolve("config.yaml")).doesNotExist();
        assertThat(outside).exists();
    }

    @Test
    void regularFilesAreReadAndWrittenAsBefore() {
        assertThat(files.read("schema.graphql")).isEmpty();
        assertThat(files.exists("schema.graphql")).isFalse();

        files.write("schema.graphql", "type Product @table { id: ID @primaryKey }\n");
        files.write("schema.graphql", "type A @table { id: ID @primaryKey }\n");

        assertThat(files.exists("schema.graphql")).isTrue();
        assertThat(files.read("schema.graphql")).isEqualTo("type A @table { id: ID @primaryKey }\n");
    }
}
