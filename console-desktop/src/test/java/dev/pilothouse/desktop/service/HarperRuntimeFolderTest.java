package dev.pilothouse.desktop.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pilothouse.runtime.HarperInstaller;
import dev.pilothouse.workspace.LocalRuntimeFolder;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.Refusal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desktop's local runtime starts where every entry point's does: under the home, never in the workspace. */
class HarperRuntimeFolderTest {

    @TempDir
    Path tmp;

    @Test
    void theDesktopsRuntimeLivesUnderTheHomeAndAnOldOneInTheWorkspaceIsOnlyReported() throws Exception {
        PilothouseHome home = new PilothouseHome(tmp.resolve("home"));
        Path workspace = Files.createDirectories(tmp.resolve("shop"));
        Path old = Files.createDirectories(workspace.resolve(".pilothouse/runtime"));
        Files.writeString(old.resolve("nodes.json"), "[]");
        HarperInstaller installer = new HarperInstaller(tmp.resolve("cache"));
        List<String> progress = new ArrayList<>();

        LocalRuntimeFolder folder = new HarperRuntime(home, workspace, null, installer).folder(progress::add);

        assertThat(folder.dir()).isEqualTo(home.localRuntime(workspace));
        assertThat(progress).singleElement().asString().contains(old.toString()).contains("ignored");
        assertThat(folder.open(installer).nodes()).isEmpty();
    }

    @Test
    void aRuntimeFolderGivenInsideTheWorkspaceIsRefused() throws Exception {
        PilothouseHome home = new PilothouseHome(tmp.resolve("home"));
        Path workspace = Files.createDirectories(tmp.resolve("shop"));
        HarperRuntime runtime = new HarperRuntime(
                home, workspace, workspace.resolve(".pilothouse/runtime"), new HarperInstaller(tmp.resolve("cache")));

        assertThatThrownBy(() -> runtime.startLocal(true, line -> {}))
                .isInstanceOf(Refusal.class)
                .hasMessageContaining("inside the workspace");
        assertThat(tmp.resolve("cache")).doesNotExist(); // refused before anything is installed
    }
}
