package dev.pilothouse.workspace;

import static dev.pilothouse.workspace.Fixture.BOT;
import static dev.pilothouse.workspace.Fixture.proved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pilothouse.workspace.audit.AuditCheckpoint;
import dev.pilothouse.workspace.audit.AuditKey;
import dev.pilothouse.workspace.audit.AuditVerification;
import dev.pilothouse.workspace.audit.AuditWitness;
import dev.pilothouse.workspace.audit.CheckpointMemory;
import dev.pilothouse.workspace.audit.SignedCheckpoint;
import dev.pilothouse.workspace.policy.Policy;
import dev.pilothouse.workspace.policy.PolicyStore;
import dev.pilothouse.workspace.versioning.Versioning;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signed checkpoints against someone with shell write access to the workspace and the log's files but not to the
 * audit key or the checkpoint remembered under {@code $PILOTHOUSE_HOME}: each way of shortening the trail is named
 * with the entry it concerns.
 */
class SignedCheckpointTest {

    private static final String REF = "refs/pilothouse/audit";

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

    /** Each refused attempt is one audit entry; returns the log's size afterwards. */
    private int entries(int n) {
        for (int i = 0; i < n; i++) {
            assertThatThrownBy(() -> fx.gov.unprotect("Item", proved(BOT))).isInstanceOf(Refusal.class);
        }
        return fx.gov.audit().entries().size();
    }

    /** Entries until the last checkpoint is the newest one, plus {@code after} more; returns that checkpoint. */
    private long checkpointThen(int after) {
        entries(12);
        List<AuditCheckpoint> anchors = fx.gov.auditCheckpoints();
        long last = anchors.get(anchors.size() - 1).seq();
        int size = fx.gov.audit().entries().size();
        entries((int) (last + after - size));
        assertThat(fx.gov
                        .auditCheckpoints()
                        .get(fx.gov.auditCheckpoints().size() - 1)
                        .seq())
                .isEqualTo(last);
        return last;
    }

    private void keepLines(long count) throws IOException {
        Path log = fx.gov.audit().file();
        List<String> lines = Files.readAllLines(log);
        Files.writeString(log, String.join("\n", lines.subList(0, (int) count)) + (count == 0 ? "" : "\n"));
    }

    @Test
    void checkpointsAreSignedAndTheNewestIsRememberedOutsideTheWorkspace() throws IOException {
        long last = checkpointThen(2);
        var key = fx.gov.audit().publicKey().orElseThrow();

        List<SignedCheckpoint> signed = fx.gov.auditEvidence().signed();
        assertThat(signed).isNotEmpty().allMatch(c -> c.verifies(key));
        var remembered =
                new CheckpointMemory(fx.home.auditCheckpoint(fx.dir)).read().orElseThrow();
        assertThat(remembered.seq()).isEqualTo(last);
        assertThat(remembered.verifies(key)).isTrue();
        assertThat(fx.home.auditCheckpoint(fx.dir).startsWith(fx.dir)).isFalse();
        Path privateKey = fx.home.auditLog().resolveSibling("checkpoint-ed25519.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(privateKey)))
                .isEqualTo("rw-------");
        assertThat(fx.gov.audit().signedHead().orElseThrow().verifies(key)).isTrue();
        assertThat(fx.gov.verifyAudit().ok()).isTrue();
    }

    @Test
    void truncationInsideTheCheckpointWindowWithTheHeadFileRemovedIsNamed() throws IOException {
        long last = checkpointThen(3);
        keepLines(last);
        Files.delete(fx.gov.audit().headFile());

        AuditVerification v = fx.gov.verifyAudit();

        assertThat(v.ok()).isFalse();
        assertThat(v.firstBadLine()).isEqualTo(last + 1);
        assertThat(v.problem()).contains("head record").contains("is missing").contains("after checkpoint #" + last);
    }

    @Test
    void headFileEditedToMatchATruncatedLogIsNamed() throws IOException {
        long last = checkpointThen(3);
        keepLines(last + 1);
        String hash = fx.gov.audit().entries().get((int) last).hash();
        Files.writeString(fx.gov.audit().headFile(), "{\"count\":" + (last + 1) + ",\"hash\":\"" + hash + "\"}");

        AuditVerification v = fx.gov.verifyAudit();

        assertThat(v.ok()).isFalse();
        assertThat(v.firstBadLine()).isEqualTo(last + 1);
        assertThat(v.problem()).contains("head record (count " + (last + 1) + ") has a bad signature");
    }

    @Test
    void headSignedWithAnotherKeyIsNamed() throws Exception {
        long last = checkpointThen(3);
        keepLines(last + 1);
        AuditKey other = AuditKey.loadOrCreate(tmp.resolve("other"));
        String hash = fx.gov.audit().entries().get((int) last).hash();
        String sig = other.sign(new AuditCheckpoint(last + 1, hash));
        Files.writeString(
                fx.gov.audit().headFile(),
                "{\"count\":" + (last + 1) + ",\"hash\":\"" + hash + "\",\"signature\":\"" + sig + "\"}");

        AuditVerification v = fx.gov.verifyAudit();

        assertThat(v.ok()).isFalse();
        assertThat(v.problem()).contains("bad signature");
    }

    @Test
    void rewoundCheckpointRefIsNamedWithTheRememberedCheckpoint() throws Exception {
        long last = checkpointThen(1);
        try (Git git = Git.open(fx.dir.toFile())) {
            Repository repo = git.getRepository();
            var parent = git.log().add(repo.resolve(REF)).setMaxCount(2).call();
            var it = parent.iterator();
            it.next();
            RefUpdate rewind = repo.updateRef(REF);
            rewind.setNewObjectId(it.next());
            rewind.setForceUpdate(true);
            assertThat(rewind.update()).isEqualTo(RefUpdate.Result.FORCED);
        }
        // and the log cut back to the earlier checkpoint, head file removed: everything inside the workspace agrees
        keepLines(last - 5);
        Files.delete(fx.gov.audit().headFile());

        AuditVerification v = fx.gov.verifyAudit();

        assertThat(v.ok()).isFalse();
        assertThat(v.firstBadLine()).isEqualTo(last);
        assertThat(v.problem())
                .contains("checkpoint #" + last + " remembered in $PILOTHOUSE_HOME")
                .contains("rewound or removed");
    }

    @Test
    void deletedCheckpointRefIsNamed() throws Exception {
        long last = checkpointThen(1);
        try (Git git = Git.open(fx.dir.toFile())) {
            RefUpdate delete = git.getRepository().updateRef(REF);
            delete.setForceUpdate(true);
            assertThat(delete.delete()).isEqualTo(RefUpdate.Result.FORCED);
        }

        AuditVerification v = fx.gov.verifyAudit();

        assertThat(v.ok()).isFalse();
        assertThat(v.problem()).contains("checkpoint #" + last + " remembered").contains("newest is #0");
    }

    @Test
    void checkpointWithABadSignatureOnTheRefIsNamed() throws IOException {
        long last = checkpointThen(1);
        AuditKey other = AuditKey.loadOrCreate(tmp.resolve("other"));
        var entries = fx.gov.audit().entries();
        SignedCheckpoint forged = SignedCheckpoint.sign(
                new AuditCheckpoint(last + 1, entries.get((int) last).hash()), other);
        try (Versioning git = Versioning.open(fx.dir)) {
            git.anchor("audit", "Audit checkpoint\n\n" + forged.trailer(), BOT);
        }

        AuditVerification v = fx.gov.verifyAudit();

        assertThat(v.ok()).isFalse();
        assertThat(v.firstBadLine()).isEqualTo(last + 1);
        assertThat(v.problem())
                .contains("checkpoint #" + (last + 1) + " on refs/pilothouse/audit has a bad" + " signature");
    }

    @Test
    void checkpointsArePushedToAWitnessRemote() throws Exception {
        Path bare = tmp.resolve("witness.git");
        Git.init().setBare(true).setDirectory(bare.toFile()).call().close();
        new AuditWitness(fx.home.auditWitness()).set(bare.toUri().toString());

        long last = checkpointThen(0);

        try (Versioning git = Versioning.open(fx.dir)) {
            List<SignedCheckpoint> witnessed = git
                    .remoteAnchors("audit", bare.toUri().toString())
                    .stream()
                    .flatMap(m -> SignedCheckpoint.fromTrailer(m).stream())
                    .toList();
            var key = fx.gov.audit().publicKey().orElseThrow();
            assertThat(witnessed).extracting(SignedCheckpoint::seq).contains(last);
            assertThat(witnessed).allMatch(c -> c.verifies(key));
        }
        try (Git witness = Git.open(bare.toFile())) {
            assertThat(witness.getRepository().exactRef(REF)).isNotNull();
        }
    }
}
