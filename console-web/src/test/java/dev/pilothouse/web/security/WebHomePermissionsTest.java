package dev.pilothouse.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/** The web console's users, sign-in locks and audit file are owner-only in a home created owner-only. */
@DisabledOnOs(OS.WINDOWS)
class WebHomePermissionsTest {

    @TempDir
    Path tmp;

    @Test
    void usersLocksAndAuditInAFreshHomeAreOwnerOnly() throws Exception {
        Path web = tmp.resolve("fresh/home/web");
        JsonLinesAuditSink audit = new JsonLinesAuditSink(web.resolve("audit.jsonl"));
        UserStore users = new UserStore(
                web.resolve("users.json"),
                new Pbkdf2PasswordEncoder(
                        "", 16, 1000, Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256),
                audit);
        users.create("first-run", "ada", "correct horse battery", EnumSet.of(Role.ADMIN));
        SignInThrottle names = new SignInThrottle(Clock.systemUTC(), web.resolve("name-locks"));
        for (int i = 0; i < 10; i++) {
            names.failed("ada");
        }
        audit.record(AuditEvent.now("anonymous", "sign-in-failed", "ada", Map.of()));

        assertThat(web.resolve("name-locks")).exists();
        assertThat(tooOpen(tmp.resolve("fresh"))).isEmpty();
    }

    /** Paths from {@code root} down that are not 0700 folders or 0600 files. */
    private static List<String> tooOpen(Path root) throws Exception {
        List<String> open = new ArrayList<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.toList()) {
                String perms =
                        PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
                if (!perms.equals(Files.isDirectory(p) ? "rwx------" : "rw-------")) {
                    open.add(root.relativize(p) + " " + perms);
                }
            }
        }
        return open;
    }
}
