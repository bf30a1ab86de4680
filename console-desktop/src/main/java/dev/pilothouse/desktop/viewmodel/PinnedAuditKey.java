package dev.pilothouse.desktop.viewmodel;

import dev.pilothouse.workspace.Governance;
import dev.pilothouse.workspace.audit.AuditKey;
import dev.pilothouse.workspace.audit.AuditVerification;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Optional;
import java.util.Properties;

/**
 * The desktop's own copy of each audit log's public key, pinned at first use in the desktop's settings (not in
 * {@code $PILOTHOUSE_HOME}, not from any server), and the audit check made with it: the chain, the signed head and
 * the signed checkpoints must verify with the pinned key, so a key swapped in the console's home is named rather
 * than trusted.
 */
public final class PinnedAuditKey {

    /** What one check found: {@code text} is what the status line and the History tab show. */
    public record Result(boolean ok, long verifiedTo, String text) {}

    private final Path file;

    public PinnedAuditKey(Path file) {
        this.file = file;
    }

    /**
     * The settings of this OS account's desktop: {@code -Dpilothouse.desktop.settings=DIR}, else
     * {@code $XDG_CONFIG_HOME/pilothouse/desktop}, else {@code ~/.config/pilothouse/desktop}.
     */
    public static PinnedAuditKey forCurrentUser() {
        String configured = System.getProperty("pilothouse.desktop.settings");
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path dir = configured != null
                ? Path.of(configured)
                : xdg != null && !xdg.isBlank()
                        ? Path.of(xdg, "pilothouse", "desktop")
                        : Path.of(System.getProperty("user.home"), ".config", "pilothouse", "desktop");
        return new PinnedAuditKey(dir.resolve("audit-keys.properties"));
    }

    public Path file() {
        return file;
    }

    /** Verifies {@code g}'s audit trail with the pinned key, pinning the log's key when none was pinned yet. */
    public Result check(Governance g) {
        String log = g.audit().file().getParent().toString();
        Optional<PublicKey> current = g.audit().publicKey();
        Optional<PublicKey> pinned = pinned(log);
        boolean pinnedNow = false;
        if (pinned.isEmpty() && current.isPresent()) {
            pin(log, current.get());
            pinned = current;
            pinnedNow = true;
        }
        if (pinned.isEmpty()) {
            AuditVerification v = g.verifyAudit();
            return v.ok()
                    ? new Result(true, v.entries(), "audit verified to #" + v.entries() + " (not signed yet)")
                    : broken(v, "");
        }
        PublicKey key = pinned.get();
        if (current.isPresent() && !current.get().equals(key)) {
            return new Result(
                    false,
                    0,
                    "audit NOT verified: the audit key in $PILOTHOUSE_HOME ("
                            + AuditKey.fingerprint(current.get()) + ") is not the key this desktop pinned ("
                            + AuditKey.fingerprint(key) + "); if it was replaced on purpose, remove its line from "
                            + file);
        }
        AuditVerification v = g.audit().verify(g.auditEvidence().withKey(key));
        if (!v.ok()) {
            return broken(v, " (checked with the pinned key " + AuditKey.fingerprint(key) + ")");
        }
        return new Result(
                true,
                v.entries(),
                "audit verified to #" + v.entries() + " with the pinned key " + AuditKey.fingerprint(key)
                        + (pinnedNow ? " (pinned now)" : ""));
    }

    private static Result broken(AuditVerification v, String how) {
        return new Result(false, 0, "audit NOT verified: " + v.describeProblem().orElse("an unknown entry") + how);
    }

    private Optional<PublicKey> pinned(String log) {
        return Optional.ofNullable(load().getProperty(log)).map(AuditKey::decode);
    }

    private synchronized void pin(String log, PublicKey key) {
        Properties p = load();
        p.setProperty(log, AuditKey.encode(key));
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file)) {
                p.store(out, "Audit public keys pinned by the Pilothouse desktop at first use (log folder = key)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not pin the audit key in " + file, e);
        }
    }

    private Properties load() {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file)) {
                p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("could not read the pinned audit keys " + file, e);
            }
        }
        return p;
    }
}
