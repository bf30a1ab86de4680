package dev.pilothouse.workspace;

import static dev.pilothouse.workspace.Fixture.ADA;
import static dev.pilothouse.workspace.Fixture.proved;
import static dev.pilothouse.workspace.Fixture.resources;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.workspace.humans.HumanRegistry;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code $PILOTHOUSE_HOME} holds secrets, so everything the console writes there is owner-only whatever the umask
 * (the build runs with a umask that leaves new files readable by others, so a plain create would fail this).
 */
@DisabledOnOs(OS.WINDOWS)
class HomePermissionsTest {

    @TempDir
    Path tmp;

    @Test
    void everythingAGovernedFlowWritesInTheHomeIsOwnerOnly() throws Exception {
        try (Fixture fx = new Fixture(tmp, new FakeRuntime())) {
            fx.deployHeadSolo();
            fx.gov.deploy(fx.approved(resources("v2")).id(), proved(ADA));
            fx.restart(dev.pilothouse.workspace.deploy.CrashPoint.NONE);
        }

        assertThat(tooOpen(tmp.resolve("home"))).isEmpty();
        assertThat(Files.list(tmp.resolve("home")).toList())
                .as("the flow wrote files to check")
                .isNotEmpty();
    }

    @Test
    void theHumansRegistryAndItsFreshHomeAreOwnerOnly() throws Exception {
        PilothouseHome home = new PilothouseHome(tmp.resolve("fresh/home"));
        HumanRegistry.forCurrentAccount(home).add("ada", Set.of(), Optional.empty());

        assertThat(tooOpen(home.root())).isEmpty();
        assertThat(home.humansFile()).exists();
    }

    @Test
    void filesAndFoldersLeftOpenInTheHomeAreTightenedAndReported() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("home/workspaces/app-1234"));
        Path policy = Files.writeString(tmp.resolve("home/policy.json"), "{}");
        Files.setPosixFilePermissions(tmp.resolve("home"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxrwxrwx"));
        Files.setPosixFilePermissions(policy, PosixFilePermissions.fromString("rw-r--r--"));
        Path outside = Files.writeString(tmp.resolve("shared.txt"), "not ours to change");
        Files.setPosixFilePermissions(outside, PosixFilePermissions.fromString("rw-r--r--"));
        Files.createSymbolicLink(tmp.resolve("home/link"), outside);

        List<Path> tightened = new PilothouseHome(tmp.resolve("home")).secure();

        assertThat(tightened).containsExactlyInAnyOrder(tmp.resolve("home"), root.getParent(), root, policy);
        assertThat(tooOpen(tmp.resolve("home"))).isEmpty();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(outside)))
                .as("a link in the home is not followed")
                .isEqualTo("rw-r--r--");
    }

    /** Every folder that is not 0700 and every file that is not 0600 under {@code root}, with its permissions. */
    static List<String> tooOpen(Path root) throws Exception {
        List<String> found = new ArrayList<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(p -> !Files.isSymbolicLink(p)).toList()) {
                String perms =
                        PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
                String wanted = Files.isDirectory(p) ? "rwx------" : "rw-------";
                if (!perms.equals(wanted)) {
                    found.add(root.relativize(p) + " " + perms);
                }
            }
        }
        return found;
    }
}
