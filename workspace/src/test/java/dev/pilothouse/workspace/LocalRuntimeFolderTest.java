package dev.pilothouse.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pilothouse.runtime.HarperInstaller;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** A local runtime's folder holds node URLs the console sends the admin password to: never where agents write. */
@DisabledOnOs(OS.WINDOWS)
class LocalRuntimeFolderTest {

    @TempDir
    Path tmp;

    @Test
    void theDefaultFolderIsOwnerOnlyUnderPilothouseHomePerWorkspace() throws Exception {
        PilothouseHome home = PilothouseHome.fromEnvironment(System.getenv()); // surefire points it into target/
        Path workspace = Files.createDirectories(tmp.resolve("shop"));

        LocalRuntimeFolder folder = LocalRuntimeFolder.choose(home, workspace, null);

        assertThat(System.getenv("PILOTHOUSE_HOME")).as("set by surefire").isNotBlank();
        assertThat(home.root())
                .isEqualTo(Path.of(System.getenv("PILOTHOUSE_HOME"))
                        .toAbsolutePath()
                        .normalize());
        assertThat(folder.dir())
                .isEqualTo(home.workspaceState(workspace).resolve("runtime"))
                .startsWith(home.root());
        assertThat(folder.dir().startsWith(tmp)).isFalse();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.dir())))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(folder.dir().getParent())))
                .isEqualTo("rwx------");
        assertThat(folder.secrets()).startsWithRaw(home.root().resolve("runtimes"));
        assertThat(folder.notice()).isEmpty();
        assertThat(LocalRuntimeFolder.choose(home, tmp.resolve("other"), null).dir())
                .isNotEqualTo(folder.dir());
    }

    @Test
    void anExplicitFolderInsideTheWorkspaceIsRefusedNamingIt() throws Exception {
        PilothouseHome home = new PilothouseHome(tmp.resolve("home"));
        Path workspace = Files.createDirectories(tmp.resolve("shop"));

        for (Path inside : new Path[] {workspace.resolve(".pilothouse/runtime"), workspace.resolve("rt"), workspace}) {
            assertThatThrownBy(() -> LocalRuntimeFolder.choose(home, workspace, inside))
                    .isInstanceOf(Refusal.class)
                    .hasMessageContaining(inside.toString())
                    .hasMessageContaining("inside the workspace")
                    .hasMessageContaining("admin password");
        }
        assertThat(workspace.resolve(".pilothouse")).doesNotExist();
    }

    @Test
    void aLinkOutsideTheWorkspaceThatLeadsIntoItIsRefused() throws Exception {
        PilothouseHome home = new PilothouseHome(tmp.resolve("home"));
        Path workspace = Files.createDirectories(tmp.resolve("shop"));
        Path link = Files.createSymbolicLink(tmp.resolve("elsewhere"), workspace);

        assertThatThrownBy(() -> LocalRuntimeFolder.choose(home, workspace, link.resolve("runtime")))
                .isInstanceOf(Refusal.class)
                .hasMessageContaining("inside the workspace");
    }

    @Test
    void anExplicitFolderOutsideTheWorkspaceIsUsedWithItsPasswordInTheHome() throws Exception {
        PilothouseHome home = new PilothouseHome(tmp.resolve("home"));
        Path workspace = Files.createDirectories(tmp.resolve("shop"));

        LocalRuntimeFolder folder = LocalRuntimeFolder.choose(home, workspace, tmp.resolve("runtimes/shop"));

        assertThat(folder.dir()).isEqualTo(tmp.resolve("runtimes/shop"));
        assertThat(folder.secrets()).startsWithRaw(home.root().resolve("runtimes"));
    }

    @Test
    void aHomeInsideTheWorkspaceIsRefusedForTheDefaultFolder() throws Exception {
        Path workspace = Files.createDirectories(tmp.resolve("shop"));
        PilothouseHome home = new PilothouseHome(workspace.resolve(".home"));

        assertThatThrownBy(() -> LocalRuntimeFolder.choose(home, workspace, null))
                .isInstanceOf(Refusal.class)
                .hasMessageContaining("inside the workspace");
        assertThat(workspace.resolve(".home")).doesNotExist();
    }

    @Test
    void aRuntimeFolderAnEarlierVersionLeftInTheWorkspaceIsIgnoredAndReportedOnce() throws Exception {
        PilothouseHome home = new PilothouseHome(tmp.resolve("home"));
        Path workspace = Files.createDirectories(tmp.resolve("shop"));
        Path legacy = Files.createDirectories(workspace.resolve(".pilothouse/runtime"));
        Files.writeString(
                legacy.resolve("nodes.json"),
                "[{\"name\":\"node1\",\"host\":\"127.0.0.1\","
                        + "\"operationsUrl\":\"http://127.0.0.1:1/\",\"httpUrl\":\"http://127.0.0.1:2/\",\"mqttPort\":3,"
                        + "\"replicationPort\":4,\"pid\":0,\"credentialsFile\":\"x\",\"rootPath\":\"" + legacy
                        + "\"}]");

        LocalRuntimeFolder first = LocalRuntimeFolder.choose(home, workspace, null);
        LocalRuntimeFolder second = LocalRuntimeFolder.choose(home, workspace, null);

        assertThat(first.notice())
                .hasValueSatisfying(n -> assertThat(n)
                        .contains(legacy.toString())
                        .contains("ignored")
                        .contains("delete")
                        .contains(first.dir().toString()));
        assertThat(second.notice()).isEmpty();
        assertThat(first.open(new HarperInstaller(tmp.resolve("cache"))).nodes())
                .isEmpty();
        assertThat(legacy.resolve("nodes.json")).exists(); // the user deletes it, not the console
    }
}
