package dev.pilothouse.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.runtime.internal.RuntimeFiles;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A local runtime's admin password never lives in the runtime folder, which usually sits in a workspace. */
class RuntimeSecretsTest {

    @TempDir
    Path tmp;

    private Path runtimeDir;
    private Path secrets;
    private LocalRuntime runtime;

    @BeforeEach
    void setUp() {
        runtimeDir = tmp.resolve("workspace/.pilothouse/runtime");
        secrets = tmp.resolve("home/runtimes/runtime-1234");
        runtime = new LocalRuntime(runtimeDir, new HarperInstaller(tmp.resolve("cache")), secrets);
    }

    @Test
    void generatedCredentialsLiveOwnerOnlyOutsideTheRuntimeFolder() throws Exception {
        Credentials.Basic admin = runtime.credentials();

        assertThat(runtime.credentialsFile()).isEqualTo(secrets.resolve("credentials.json"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(runtime.credentialsFile())))
                .isEqualTo("rw-------");
        for (Path folder : List.of(tmp.resolve("home"), tmp.resolve("home/runtimes"), secrets)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
                    .as(folder.toString())
                    .isEqualTo("rwx------");
        }
        assertThat(textUnder(tmp.resolve("workspace"))).doesNotContain(admin.password());
        assertThat(admin.password()).hasSizeGreaterThan(20);
        assertThat(runtime.credentials()).isEqualTo(admin);
    }

    @Test
    void aPasswordLeftInTheRuntimeFolderIsMovedOutOfIt() throws Exception {
        new RuntimeFiles(runtimeDir).saveNodes(List.of()); // a runtime an earlier version started
        Files.writeString(
                runtimeDir.resolve("credentials.json"), "{\"username\":\"admin\",\"password\":\"old-secret\"}");

        assertThat(runtime.credentials()).isEqualTo(new Credentials.Basic("admin", "old-secret"));

        assertThat(runtimeDir.resolve("credentials.json")).doesNotExist();
        assertThat(runtime.credentialsFile()).content().contains("old-secret");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(runtime.credentialsFile())))
                .isEqualTo("rw-------");
    }

    @Test
    void aPasswordPlantedWhereNoRuntimeRanIsDroppedNotAdopted() throws Exception {
        Files.createDirectories(runtimeDir);
        Files.writeString(runtimeDir.resolve("credentials.json"), "{\"username\":\"admin\",\"password\":\"chosen\"}");

        assertThat(runtime.credentials().password()).isNotEqualTo("chosen");

        assertThat(runtimeDir.resolve("credentials.json")).doesNotExist();
    }

    @Test
    void nodesRecordedWithTheOldPlaceNameTheNewOne() {
        new RuntimeFiles(runtimeDir)
                .saveNodes(List.of(new RuntimeNode(
                        "node1",
                        "127.0.0.1",
                        URI.create("http://127.0.0.1:9925/"),
                        URI.create("http://127.0.0.1:9926/"),
                        1883,
                        9933,
                        0,
                        runtimeDir.resolve("credentials.json"),
                        runtimeDir.resolve("node1/hdb"))));

        assertThat(runtime.nodes())
                .singleElement()
                .satisfies(node -> assertThat(node.credentialsFile()).isEqualTo(secrets.resolve("credentials.json")));
    }

    @Test
    void theDefaultPlaceIsUnderTheConsoleHomeKeyedByTheRuntimeFolder() {
        Path first = LocalRuntime.defaultSecretsDir(runtimeDir);
        Path other = LocalRuntime.defaultSecretsDir(tmp.resolve("other/.pilothouse/runtime"));

        assertThat(first.startsWith(tmp))
                .as("under the runtime's workspace: %s", first)
                .isFalse();
        assertThat(first.getParent().getFileName()).hasToString("runtimes");
        assertThat(first.getFileName().toString()).startsWith("runtime-");
        assertThat(other).isNotEqualTo(first);
        assertThat(new LocalRuntime(runtimeDir, new HarperInstaller(tmp.resolve("cache"))).credentialsFile())
                .isEqualTo(first.resolve("credentials.json"));
    }

    @Test
    void theHomeIsPilothouseHomeElseDotPilothouseInTheUsersHome() {
        assertThat(HomeLocation.of(java.util.Map.of(
                        "PILOTHOUSE_HOME", tmp.resolve("h/../home").toString())))
                .isEqualTo(tmp.resolve("home"));
        assertThat(HomeLocation.of(java.util.Map.of("PILOTHOUSE_HOME", " ")))
                .isEqualTo(Path.of(System.getProperty("user.home"), ".pilothouse")
                        .toAbsolutePath()
                        .normalize());
        assertThat(HomeLocation.of(java.util.Map.of()))
                .isEqualTo(HomeLocation.of(java.util.Map.of("PILOTHOUSE_HOME", "")));
    }

    private static String textUnder(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return "";
        }
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                all.append(Files.readString(file));
            }
        }
        return all.toString();
    }
}
