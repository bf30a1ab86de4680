package dev.pilothouse.desktop.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.pilothouse.workspace.Governance;
import dev.pilothouse.workspace.Identity;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.WorkspaceInit;
import dev.pilothouse.workspace.audit.AuditKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desktop checks the audit trail with its own pinned copy of the key, whatever the console's home holds. */
class PinnedAuditKeyTest {

    @TempDir
    Path tmp;

    private PilothouseHome home;
    private Governance gov;
    private PinnedAuditKey pins;

    @BeforeEach
    void workspaceWithEntries() throws IOException {
        home = new PilothouseHome(tmp.resolve("home"));
        Path source = Files.createDirectories(tmp.resolve("source"));
        for (String f : new String[] {"schema.graphql", "config.yaml", "resources.js"}) {
            Files.copy(Path.of("src/test/resources/workspaces/fleet", f), source.resolve(f));
        }
        Path workspace = tmp.resolve("fleet");
        WorkspaceInit.init(workspace, Optional.of(source), Identity.parse("human:alice"), home);
        gov = Governance.open(workspace, home, Optional.empty());
        for (int i = 0; i < 3; i++) {
            append();
        }
        pins = new PinnedAuditKey(tmp.resolve("desktop/audit-keys.properties"));
    }

    @AfterEach
    void close() {
        gov.close();
    }

    private void append() {
        gov.audit().append("agent:bot", "test.entry", JsonNodeFactory.instance.objectNode());
    }

    @Test
    void theFirstCheckPinsTheKeyInTheDesktopsOwnSettingsAndVerifiesToTheLastEntry() throws IOException {
        long last = gov.audit().entries().size();

        PinnedAuditKey.Result first = pins.check(gov);

        assertThat(first.ok()).isTrue();
        assertThat(first.verifiedTo()).isEqualTo(last);
        assertThat(first.text()).startsWith("audit verified to #" + last).endsWith("(pinned now)");
        assertThat(Files.readString(pins.file()))
                .contains(AuditKey.encode(gov.audit().publicKey().orElseThrow()).replace("=", "\\="));
        assertThat(pins.file().startsWith(home.root())).isFalse();
        append();
        assertThat(pins.check(gov).text())
                .isEqualTo("audit verified to #" + (last + 1) + " with the pinned key "
                        + AuditKey.fingerprint(gov.audit().publicKey().orElseThrow()));
    }

    @Test
    void aKeySwappedInTheConsolesHomeIsNamedAndNotTrusted() throws IOException {
        assertThat(pins.check(gov).ok()).isTrue();
        Path logDir = gov.audit().file().getParent();
        Path other = tmp.resolve("other-key");
        AuditKey.loadOrCreate(other);
        for (String f : List.of("checkpoint-ed25519.key", "checkpoint-ed25519.pub")) {
            Files.copy(other.resolve(f), logDir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        // a fresh log object loads the swapped key and re-signs the head with it
        new dev.pilothouse.workspace.audit.AuditLog(gov.audit().file(), java.time.Clock.systemUTC())
                .append("agent:bot", "test.entry", JsonNodeFactory.instance.objectNode());

        PinnedAuditKey.Result result = pins.check(gov);

        assertThat(result.ok()).isFalse();
        assertThat(result.text())
                .startsWith("audit NOT verified: the audit key in $PILOTHOUSE_HOME")
                .contains("is not the key this desktop pinned");
    }

    @Test
    void aHeadSignedWithAnotherKeyFailsAgainstThePinEvenWithThePublicKeyPutBack() throws IOException {
        assertThat(pins.check(gov).ok()).isTrue();
        Path logDir = gov.audit().file().getParent();
        Path saved = Files.copy(logDir.resolve("checkpoint-ed25519.pub"), tmp.resolve("saved.pub"));
        Path other = tmp.resolve("other-key");
        AuditKey.loadOrCreate(other);
        for (String f : List.of("checkpoint-ed25519.key", "checkpoint-ed25519.pub")) {
            Files.copy(other.resolve(f), logDir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        new dev.pilothouse.workspace.audit.AuditLog(gov.audit().file(), java.time.Clock.systemUTC())
                .append("agent:bot", "test.entry", JsonNodeFactory.instance.objectNode());
        Files.copy(saved, logDir.resolve("checkpoint-ed25519.pub"), StandardCopyOption.REPLACE_EXISTING);
        long last = gov.audit().entries().size();

        PinnedAuditKey.Result result = pins.check(gov);

        assertThat(result.ok()).isFalse();
        assertThat(result.text())
                .startsWith("audit NOT verified: entry " + last)
                .contains("head record (count " + last + ") has a bad signature")
                .contains("checked with the pinned key");
    }

    @Test
    void aTruncatedTrailIsShownWithTheEntryWhereItBreaks() throws IOException {
        assertThat(pins.check(gov).ok()).isTrue();
        List<String> lines = Files.readAllLines(gov.audit().file());
        Files.writeString(gov.audit().file(), String.join("\n", lines.subList(0, lines.size() - 2)) + "\n");

        PinnedAuditKey.Result result = pins.check(gov);

        assertThat(result.ok()).isFalse();
        assertThat(result.text())
                .startsWith("audit NOT verified: entry " + (lines.size() - 1))
                .contains("truncated");
    }
}
