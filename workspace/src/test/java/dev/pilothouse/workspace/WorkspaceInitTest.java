package dev.pilothouse.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pilothouse.workspace.versioning.Versioning;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceInitTest {

    private static final Identity ADA = Identity.parse("human:ada");

    @TempDir
    Path tmp;

    @Test
    void initCommitsTheStarterAppOnMain() {
        Path dir = tmp.resolve("app");
        String first = WorkspaceInit.init(dir, Optional.empty(), ADA, new PilothouseHome(tmp.resolve("home")));
        try (Versioning git = Versioning.open(dir)) {
            assertThat(git.head()).isEqualTo(first);
            assertThat(git.files(first))
                    .containsOnlyKeys("schema.graphql", "config.yaml", "resources.js", "package.json");
            assertThat(git.files(first).get("schema.graphql")).contains("@table");
            assertThat(git.uncommittedChanges()).isEmpty();
            assertThat(git.history(10))
                    .singleElement()
                    .satisfies(v -> assertThat(v.author()).isEqualTo("human:ada"));
        }
    }

    @Test
    void initFromAFolderImportsItsAppFiles() throws IOException {
        Path from = tmp.resolve("existing");
        Files.createDirectories(from);
        Files.writeString(from.resolve("schema.graphql"), "type Dog @table { id: ID @primaryKey }\n");
        Files.writeString(from.resolve("config.yaml"), "rest: true\n");
        Files.writeString(from.resolve("resources.js"), "export class A {}\n");
        Path dir = tmp.resolve("app");
        WorkspaceInit.init(dir, Optional.of(from), ADA, new PilothouseHome(tmp.resolve("home")));
        assertThat(Files.readString(dir.resolve("schema.graphql"))).contains("Dog");
        assertThat(dir.resolve("package.json")).exists();
    }

    @Test
    void importWithoutAnAppFileNamesTheMissingFile() throws IOException {
        Path from = tmp.resolve("partial");
        Files.createDirectories(from);
        Files.writeString(from.resolve("schema.graphql"), "type Dog @table { id: ID @primaryKey }\n");
        assertThatThrownBy(() -> WorkspaceInit.init(
                        tmp.resolve("app"), Optional.of(from), ADA, new PilothouseHome(tmp.resolve("home"))))
                .hasMessageContaining("config.yaml");
    }

    @Test
    void consoleHomeInsideTheWorkspaceIsRefused() {
        Path dir = tmp.resolve("app");
        assertThatThrownBy(() ->
                        WorkspaceInit.init(dir, Optional.empty(), ADA, new PilothouseHome(dir.resolve(".pilothouse"))))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.rule()).isEqualTo("home-outside-workspace"));
    }

    @Test
    void identitiesMustNameHumanOrAgent() {
        assertThat(Identity.parse("agent:claude-1").isHuman()).isFalse();
        assertThatThrownBy(() -> Identity.parse("robot:x"))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.rule()).isEqualTo("identity-format"));
        assertThatThrownBy(() -> Identity.parse("human:")).isInstanceOf(Refusal.class);
    }
}
