package dev.pilothouse.workspace;

import static dev.pilothouse.workspace.Fixture.BOT;
import static dev.pilothouse.workspace.Fixture.proved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pilothouse.workspace.audit.AuditCheckpoint;
import dev.pilothouse.workspace.audit.AuditEvidence;
import dev.pilothouse.workspace.audit.AuditVerification;
import dev.pilothouse.workspace.policy.Policy;
import dev.pilothouse.workspace.policy.PolicyStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every N audit entries the chain head is anchored in Git; truncation past an anchor is caught. */
class AuditAnchorTest {

    @TempDir
    Path tmp;

    private Fixture fx;

    @BeforeEach
    void workspace() {
        fx = new Fixture(tmp, new FakeRuntime());
        new PolicyStore(fx.home.policyFile()).save(Policy.DEFAULT.withAuditCheckpointEvery(5));
    }

    @AfterEach
    void close() {
        fx.close();
    }

    /** Each refused attempt is one audit entry. */
    private void entries(int n) {
        for (int i = 0; i < n; i++) {
            assertThatThrownBy(() -> fx.gov.unprotect("Item", proved(BOT))).isInstanceOf(Refusal.class);
        }
    }

    @Test
    void checkpointsAreAnchoredEveryNEntries() {
        long before = fx.gov.audit().entries().size();
        entries(12);
        List<AuditCheckpoint> anchors = fx.gov.auditCheckpoints();
        assertThat(anchors)
                .extracting(AuditCheckpoint::seq)
                .containsExactly(5L, 10L)
                .allMatch(seq -> seq > before);
        var entries = fx.gov.audit().entries();
        assertThat(anchors.get(1).hash()).isEqualTo(entries.get(9).hash());
        assertThat(fx.gov.verifyAudit().ok()).isTrue();
    }

    @Test
    void truncationPastAnAnchorIsDetectedEvenWithAMatchingHeadRecord() throws IOException {
        entries(12);
        Path log = fx.gov.audit().file();
        List<String> lines = Files.readAllLines(log);
        List<String> kept = lines.subList(0, 7);
        Files.writeString(log, String.join("\n", kept) + "\n");
        String lastHash = fx.gov.audit().entries().get(6).hash();
        Files.writeString(fx.gov.audit().headFile(), "{\"count\":7,\"hash\":\"" + lastHash + "\"}");

        // the unsigned head is caught first; without the key and the remembered checkpoint the Git anchors alone
        // still catch the truncation
        AuditEvidence all = fx.gov.auditEvidence();
        assertThat(fx.gov.verifyAudit().problem()).contains("bad signature");
        AuditVerification v = fx.gov
                .audit()
                .verify(new AuditEvidence(all.anchors(), all.signed(), Optional.empty(), Optional.empty()));

        assertThat(v.ok()).isFalse();
        assertThat(v.problem()).contains("checkpoint anchored in Git covers 10 entries (truncated)");
        assertThat(v.firstBadLine()).isEqualTo(8);
    }
}
