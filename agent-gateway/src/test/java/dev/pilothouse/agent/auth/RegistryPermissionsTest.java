package dev.pilothouse.agent.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.workspace.PilothouseHome;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Token hashes live in a home that is owner-only from its first folder to its lock file, whatever the umask. */
@DisabledOnOs(OS.WINDOWS)
class RegistryPermissionsTest {

    @TempDir
    Path tmp;

    @Test
    void aFirstTokenCreatesTheHomeAndEveryFileInItOwnerOnly() throws Exception {
        Path home = tmp.resolve("fresh/home");
        AgentRegistry registry = new AgentRegistry(new PilothouseHome(home), Clock.systemUTC());

        registry.add("claude", Set.of(Scope.READ, Scope.PROPOSE));
        registry.revoke("claude");

        List<String> open = new ArrayList<>();
        try (Stream<Path> all = Files.walk(home)) {
            for (Path p : all.toList()) {
                String perms =
                        PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
                if (!perms.equals(Files.isDirectory(p) ? "rwx------" : "rw-------")) {
                    open.add(home.relativize(p) + " " + perms);
                }
            }
        }
        assertThat(open).isEmpty();
        assertThat(registry.file()).exists();
    }
}
