package dev.pilothouse.cli.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.pilothouse.cli.Main;
import dev.pilothouse.workspace.Governance;
import dev.pilothouse.workspace.Identity;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.audit.AuditCheckpoint;
import dev.pilothouse.workspace.audit.AuditKey;
import dev.pilothouse.workspace.audit.SignedCheckpoint;
import dev.pilothouse.workspace.policy.PolicyStore;
import dev.pilothouse.workspace.versioning.Versioning;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.RefUpdate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code audit verify} against someone with shell write access to the workspace and the log's files: every way of
 * shortening the trail exits 5 naming what is wrong and the entry or checkpoint it concerns.
 */
class AuditVerifyCommandTest {

    private static final String REF = "refs/pilothouse/audit";

    @TempDir
    Path tmp;

    private Path app;
    private PilothouseHome home;
    private StringWriter out;
    private StringWriter err;
    /** The newest checkpoint; the log holds it plus three entries. */
    private long checkpoint;

    @BeforeEach
    void workspaceWithCheckpoints() {
        System.setProperty("pilothouse.home", tmp.resolve("home").toString());
        home = new PilothouseHome(tmp.resolve("home"));
        app = tmp.resolve("app");
        assertThat(run("init", app.toString(), "--as", "human:ada")).isZero();
        PolicyStore policy = new PolicyStore(home.policyFile());
        policy.save(policy.load().withAuditCheckpointEvery(5));
        try (Governance gov = Governance.open(app, home, Optional.empty())) {
            while (gov.auditCheckpoints().size() < 2) {
                append(gov);
            }
            checkpoint = gov.auditCheckpoints().get(1).seq();
            for (int i = 0; i < 3; i++) {
                append(gov);
            }
        }
    }

    private static void append(Governance gov) {
        gov.audit().append(Identity.parse("agent:bot").toString(), "test.entry", JsonNodeFactory.instance.objectNode());
    }

    @AfterEach
    void clearHome() {
        System.clearProperty("pilothouse.home");
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private int verify() {
        return run("audit", "verify", "--workspace", app.toString());
    }

    private void keepLines(long count) throws IOException {
        List<String> lines = Files.readAllLines(home.auditLog());
        Files.writeString(home.auditLog(), String.join("\n", lines.subList(0, (int) count)) + "\n");
    }

    private Path headFile() {
        return home.auditLog().resolveSibling("audit.head.json");
    }

    @Test
    void anIntactTrailIsVerifiedToItsLastEntry() {
        assertThat(verify()).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("audit verified to #" + (checkpoint + 3))
                .contains("last signed checkpoint #" + checkpoint);
    }

    @Test
    void truncationInsideTheCheckpointWindowWithTheHeadFileRemovedExitsFive() throws IOException {
        keepLines(checkpoint);
        Files.delete(headFile());

        assertThat(verify()).isEqualTo(5);
        assertThat(err.toString())
                .contains("entry " + (checkpoint + 1))
                .contains("head record")
                .contains("is missing");
    }

    @Test
    void headFileEditedToMatchATruncatedLogExitsFive() throws IOException {
        keepLines(checkpoint + 1);
        String last = Files.readAllLines(home.auditLog()).get((int) checkpoint);
        String hash = last.replaceAll(".*\"hash\":\"([0-9a-f]{64})\".*", "$1");
        Files.writeString(headFile(), "{\"count\":" + (checkpoint + 1) + ",\"hash\":\"" + hash + "\"}");

        assertThat(verify()).isEqualTo(5);
        assertThat(err.toString())
                .contains("entry " + (checkpoint + 1))
                .contains("head record (count " + (checkpoint + 1) + ") has a bad signature");
    }

    @Test
    void rewoundCheckpointRefExitsFive() throws Exception {
        try (Git git = Git.open(app.toFile())) {
            var repo = git.getRepository();
            var commits = git.log().add(repo.resolve(REF)).setMaxCount(2).call().iterator();
            commits.next();
            RefUpdate rewind = repo.updateRef(REF);
            rewind.setNewObjectId(commits.next());
            rewind.setForceUpdate(true);
            assertThat(rewind.update()).isEqualTo(RefUpdate.Result.FORCED);
        }

        assertThat(verify()).isEqualTo(5);
        assertThat(err.toString())
                .contains("entry " + checkpoint)
                .contains("checkpoint #" + checkpoint + " remembered in $PILOTHOUSE_HOME")
                .contains("rewound or removed");
    }

    @Test
    void missingCheckpointRefExitsFive() throws Exception {
        try (Git git = Git.open(app.toFile())) {
            RefUpdate delete = git.getRepository().updateRef(REF);
            delete.setForceUpdate(true);
            assertThat(delete.delete()).isEqualTo(RefUpdate.Result.FORCED);
        }

        assertThat(verify()).isEqualTo(5);
        assertThat(err.toString())
                .contains("checkpoint #" + checkpoint + " remembered")
                .contains("newest is #0");
    }

    @Test
    void checkpointWithABadSignatureExitsFive() throws IOException {
        AuditKey other = AuditKey.loadOrCreate(tmp.resolve("other-key"));
        String hash = Files.readAllLines(home.auditLog())
                .get((int) checkpoint)
                .replaceAll(".*\"hash\":\"([0-9a-f]{64})\".*", "$1");
        SignedCheckpoint forged = SignedCheckpoint.sign(new AuditCheckpoint(checkpoint + 1, hash), other);
        try (Versioning git = Versioning.open(app)) {
            git.anchor("audit", "Audit checkpoint\n\n" + forged.trailer(), Identity.parse("agent:bot"));
        }

        assertThat(verify()).isEqualTo(5);
        assertThat(err.toString())
                .contains("entry " + (checkpoint + 1))
                .contains("checkpoint #" + (checkpoint + 1) + " on refs/pilothouse/audit has a bad signature");
    }

    @Test
    void witnessIsSetByAnAdminAndReceivesTheNextCheckpoint() throws Exception {
        assertThat(run("humans", "add", "ada")).as(err.toString()).isZero();
        Path bare = tmp.resolve("witness.git");
        Git.init().setBare(true).setDirectory(bare.toFile()).call().close();

        assertThat(run("audit", "witness", bare.toString())).as(err.toString()).isZero();
        try (Governance gov = Governance.open(app, home, Optional.empty())) {
            for (int i = 0; i < 5; i++) {
                append(gov);
            }
        }

        try (Git witness = Git.open(bare.toFile())) {
            assertThat(witness.getRepository().exactRef(REF)).isNotNull();
        }
        assertThat(run("audit", "witness")).isZero();
        assertThat(out.toString()).contains(bare.toString());
        assertThat(verify()).as(err.toString()).isZero();

        // the witness rewound to its first checkpoint: verify names the checkpoint it lost
        long newest;
        try (Governance gov = Governance.open(app, home, Optional.empty())) {
            newest = gov.auditEvidence().remembered().orElseThrow().seq();
        }
        try (Git witness = Git.open(bare.toFile())) {
            var repo = witness.getRepository();
            var commits = witness.log().add(repo.resolve(REF)).call().iterator();
            var oldest = commits.next();
            while (commits.hasNext()) {
                oldest = commits.next();
            }
            RefUpdate rewind = repo.updateRef(REF);
            rewind.setNewObjectId(oldest);
            rewind.setForceUpdate(true);
            assertThat(rewind.update()).isEqualTo(RefUpdate.Result.FORCED);
        }
        assertThat(verify()).isEqualTo(5);
        assertThat(err.toString())
                .contains("checkpoint #" + newest + " remembered in $PILOTHOUSE_HOME is not on the" + " witness");
    }
}
