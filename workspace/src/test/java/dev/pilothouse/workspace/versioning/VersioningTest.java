package dev.pilothouse.workspace.versioning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.workspace.Identity;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.WorkspaceInit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersioningTest {

    private static final Identity BOT = Identity.parse("agent:bot");

    @TempDir
    Path tmp;

    private Path dir;

    @BeforeEach
    void workspace() {
        dir = tmp.resolve("app");
        WorkspaceInit.init(dir, Optional.empty(), Identity.parse("human:ada"), new PilothouseHome(tmp.resolve("h")));
    }

    @Test
    void branchCommitsLeaveTheCheckedOutFilesAlone() throws IOException {
        try (Versioning git = Versioning.open(dir)) {
            String base = git.head();
            String commit = git.commit("proposals/1", base, Map.of("resources.js", "export class B {}\n"), "B", BOT);
            assertThat(git.branch("proposals/1")).contains(commit);
            assertThat(git.files(commit))
                    .containsEntry("resources.js", "export class B {}\n")
                    .containsKey("schema.graphql");
            assertThat(git.head()).isEqualTo(base);
            assertThat(Files.readString(dir.resolve("resources.js"))).doesNotContain("class B");
            assertThat(git.diff(base, commit)).contains("+export class B {}");
        }
    }

    @Test
    void advancingMainUpdatesTheFilesAndTagsListInOrder() throws IOException {
        try (Versioning git = Versioning.open(dir)) {
            String first = git.head();
            git.tag("deploy/1", first, "first", Identity.parse("human:ada"));
            String second = git.commit("proposals/2", first, Map.of("config.yaml", "rest: false\n"), "C", BOT);
            git.advanceMain(second);
            git.tag("deploy/2", second, "second", Identity.parse("human:ada"));
            assertThat(git.head()).isEqualTo(second);
            assertThat(Files.readString(dir.resolve("config.yaml"))).isEqualTo("rest: false\n");
            assertThat(git.deployTags()).extracting(DeployTag::name).containsExactly("deploy/1", "deploy/2");
            assertThat(git.deployTags().get(0).commit()).isEqualTo(first);
            assertThat(git.resolve("deploy/1")).contains(first);
            assertThat(git.history(10).get(0).tags()).containsExactly("deploy/2");
        }
    }

    @Test
    void editsInTheWorkingTreeAreReportedAndCommitted() throws IOException {
        try (Versioning git = Versioning.open(dir)) {
            Files.writeString(dir.resolve("resources.js"), "export class Edited {}\n");
            assertThat(git.uncommittedChanges()).containsExactly("resources.js");
            String head = git.commitWorkingTree("edit", Identity.parse("human:ada"));
            assertThat(git.head()).isEqualTo(head);
            assertThat(git.uncommittedChanges()).isEmpty();
        }
    }
}
