package dev.pilothouse.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.web.review.WorkspaceAuditSink;
import dev.pilothouse.workspace.audit.AuditEntry;
import dev.pilothouse.workspace.audit.AuditLog;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;

/** Failed sign-ins reach the hash-chained log as counts, so guessing cannot grow it by one entry per try. */
class SignInAuditTest {

    @TempDir
    Path home;

    @Test
    void tenThousandFailedSignInsUnderLongNamesLeaveAHandfulOfEntriesWithCappedNames() {
        AuditLog log = new AuditLog(home.resolve("audit/audit.jsonl"), Clock.systemUTC());
        SignInAudit audit = new SignInAudit(
                new WorkspaceAuditSink(log),
                new SignInThrottle(Clock.systemUTC()),
                new ClientThrottle(Clock.systemUTC(), home.resolve("web/client-locks")));
        String longTail = "x".repeat(500);

        for (int i = 0; i < 10_000; i++) {
            var token = new UsernamePasswordAuthenticationToken("guess-" + i + longTail, "wrong");
            audit.failed(new AuthenticationFailureBadCredentialsEvent(token, new BadCredentialsException("bad")));
        }
        audit.close();

        List<AuditEntry> entries = log.entries();
        List<AuditEntry> failed = entries.stream()
                .filter(e -> e.action().startsWith("web.sign-in-failed"))
                .toList();
        long counted = failed.stream()
                .mapToLong(e -> e.action().endsWith("-summary")
                        ? Long.parseLong(e.details().path("count").asText())
                        : 1)
                .sum();
        assertThat(entries).hasSizeLessThanOrEqualTo(10);
        assertThat(counted).isEqualTo(10_000);
        assertThat(failed)
                .filteredOn(e -> !e.action().endsWith("-summary"))
                .hasSizeLessThanOrEqualTo(5)
                .allSatisfy(
                        e -> assertThat(e.details().path("subject").asText()).hasSizeLessThanOrEqualTo(64));
        assertThat(failed)
                .filteredOn(e -> e.action().endsWith("-summary"))
                .singleElement()
                .satisfies(e -> {
                    String names = e.details().path("names").asText();
                    assertThat(names.split(", guess-|, Bad")).hasSizeLessThanOrEqualTo(20);
                    assertThat(names).doesNotContain("x".repeat(64));
                    assertThat(Long.parseLong(e.details().path("otherNames").asText()))
                            .isPositive();
                });
        assertThat(entries)
                .filteredOn(e -> e.action().equals("web.sign-in-locked"))
                .isNotEmpty()
                .hasSizeLessThanOrEqualTo(5);
        assertThat(log.verify(List.of()).ok()).isTrue();
    }
}
