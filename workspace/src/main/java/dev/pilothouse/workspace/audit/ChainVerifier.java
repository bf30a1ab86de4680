package dev.pilothouse.workspace.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pilothouse.workspace.Hashing;
import dev.pilothouse.workspace.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Walks the chain line by line and stops at the first entry that is out of place, edited or unlinked. */
final class ChainVerifier {

    private static final ObjectMapper MAPPER = Json.COMPACT;

    private final List<String> lines;
    private final Optional<SignedCheckpoint> head;
    private final AuditEvidence evidence;
    private final Path headFile;

    ChainVerifier(List<String> lines, Optional<SignedCheckpoint> head, AuditEvidence evidence, Path headFile) {
        this.lines = lines;
        this.head = head;
        this.evidence = evidence;
        this.headFile = headFile;
    }

    AuditVerification verify() {
        List<String> hashes = new ArrayList<>();
        String prev = AuditEntry.GENESIS;
        for (int i = 1; i <= lines.size(); i++) {
            JsonNode node;
            try {
                node = MAPPER.readTree(lines.get(i - 1));
            } catch (IOException e) {
                return bad(i, "is not valid JSON: the line was edited");
            }
            if (!node.isObject() || node.path("seq").asLong(-1) != i) {
                return bad(
                        i,
                        "has seq " + node.path("seq").asText("?") + " where " + i
                                + " was expected: an entry was deleted, inserted or moved here");
            }
            if (!prev.equals(node.path("prevHash").asText())) {
                return bad(
                        i,
                        "does not link to entry " + (i - 1)
                                + " (prevHash differs): the entry before it was edited, removed or reordered");
            }
            ObjectNode body = ((ObjectNode) node).deepCopy();
            body.remove("hash");
            String hash = node.path("hash").asText();
            if (!Hashing.sha256(CanonicalJson.write(body)).equals(hash)) {
                return bad(i, "does not match its hash: the entry was edited");
            }
            hashes.add(hash);
            prev = hash;
        }
        return checkSignatures(hashes)
                .or(() -> checkRemembered(hashes))
                .or(() -> checkHead(hashes))
                .or(() -> checkAnchors(hashes))
                .orElse(AuditVerification.intact(lines.size()));
    }

    /** The head record and every signed checkpoint must verify with the audit key before any of them is trusted. */
    private Optional<AuditVerification> checkSignatures(List<String> hashes) {
        if (evidence.key().isEmpty()) {
            return Optional.empty();
        }
        var key = evidence.key().get();
        if (head.isPresent() && !head.get().verifies(key)) {
            return Optional.of(bad(
                    head.get().seq(),
                    "the head record (count " + head.get().seq() + ") has a bad"
                            + " signature: the head file was edited or written without the audit key"));
        }
        Optional<SignedCheckpoint> badAnchor = evidence.signed().stream()
                .filter(c -> !c.signature().isEmpty() && !c.verifies(key))
                .findFirst();
        if (badAnchor.isPresent()) {
            return Optional.of(bad(
                    badAnchor.get().seq(),
                    "checkpoint #" + badAnchor.get().seq()
                            + " on refs/pilothouse/audit has a bad signature: it was not made with the audit key"));
        }
        Optional<SignedCheckpoint> remembered = evidence.remembered();
        if (remembered.isPresent() && !remembered.get().verifies(key)) {
            return Optional.of(bad(
                    remembered.get().seq(),
                    "the checkpoint remembered in $PILOTHOUSE_HOME (#"
                            + remembered.get().seq() + ") has a bad signature"));
        }
        return Optional.empty();
    }

    /** The newest checkpoint, kept where agents cannot write: the ref must still hold it and the log reach it. */
    private Optional<AuditVerification> checkRemembered(List<String> hashes) {
        if (evidence.remembered().isEmpty()) {
            return Optional.empty();
        }
        SignedCheckpoint last = evidence.remembered().get();
        boolean onRef = evidence.signed().stream()
                .anyMatch(c -> c.seq() == last.seq() && c.hash().equals(last.hash()));
        if (!onRef) {
            long newest = evidence.signed().stream()
                    .mapToLong(SignedCheckpoint::seq)
                    .max()
                    .orElse(0);
            return Optional.of(bad(
                    last.seq(),
                    "checkpoint #" + last.seq() + " remembered in $PILOTHOUSE_HOME is"
                            + " not on refs/pilothouse/audit (the ref's newest is #" + newest
                            + "): the checkpoint ref was"
                            + " rewound or removed"));
        }
        return checkAgainst(List.of(last.checkpoint()), hashes, "the checkpoint remembered in $PILOTHOUSE_HOME");
    }

    private Optional<AuditVerification> checkHead(List<String> hashes) {
        long lastCheckpoint = lastCheckpoint();
        if (head.isEmpty()) {
            return hashes.isEmpty()
                    ? Optional.empty()
                    : Optional.of(bad(
                            lastCheckpoint + 1,
                            "the head record " + headFile + " is missing: entries after" + " checkpoint #"
                                    + lastCheckpoint + " cannot be shown complete (removed with the tail?)"));
        }
        AuditCheckpoint h = head.get().checkpoint();
        if (h.seq() > hashes.size()) {
            return Optional.of(bad(
                    hashes.size() + 1,
                    "is missing: the log ends after entry " + hashes.size() + " but the head record counts " + h.seq()
                            + " entries (truncated)"));
        }
        if (h.seq() > 0 && !hashes.get((int) h.seq() - 1).equals(h.hash())) {
            return Optional.of(bad(h.seq(), "differs from the head record's hash: the chain was rewritten"));
        }
        // the head is written right after the append, so a crash can leave it one entry behind, never more
        if (hashes.size() - h.seq() > 1) {
            return Optional.of(bad(
                    h.seq() + 1,
                    "and later entries are not covered by the head record: they were"
                            + " appended outside Pilothouse"));
        }
        return Optional.empty();
    }

    private long lastCheckpoint() {
        long signed = evidence.signed().stream()
                .mapToLong(SignedCheckpoint::seq)
                .max()
                .orElse(0);
        long plain = evidence.anchors().stream()
                .mapToLong(AuditCheckpoint::seq)
                .max()
                .orElse(0);
        return Math.max(signed, plain);
    }

    private Optional<AuditVerification> checkAnchors(List<String> hashes) {
        List<AuditCheckpoint> all = new ArrayList<>(evidence.anchors());
        evidence.signed().forEach(c -> all.add(c.checkpoint()));
        return checkAgainst(all, hashes, "a checkpoint anchored in Git");
    }

    private Optional<AuditVerification> checkAgainst(List<AuditCheckpoint> anchors, List<String> hashes, String which) {
        for (AuditCheckpoint anchor : anchors) {
            if (anchor.seq() > hashes.size()) {
                return Optional.of(bad(
                        hashes.size() + 1,
                        "is missing: " + which + " covers " + anchor.seq() + " entries (truncated)"));
            }
            if (anchor.seq() > 0 && !hashes.get((int) anchor.seq() - 1).equals(anchor.hash())) {
                return Optional.of(bad(anchor.seq(), "differs from " + which + ": the chain was rewritten"));
            }
        }
        return Optional.empty();
    }

    private AuditVerification bad(long line, String problem) {
        return new AuditVerification(Math.max(0, line - 1), line, problem);
    }
}
