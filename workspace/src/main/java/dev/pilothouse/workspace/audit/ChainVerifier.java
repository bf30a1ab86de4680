package dev.pilothouse.workspace.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pilothouse.workspace.Hashing;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Walks the chain line by line and stops at the first entry that is out of place, edited or unlinked. */
final class ChainVerifier {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final List<String> lines;
    private final Optional<AuditCheckpoint> head;
    private final List<AuditCheckpoint> anchors;
    private final Path headFile;

    ChainVerifier(List<String> lines, Optional<AuditCheckpoint> head, List<AuditCheckpoint> anchors, Path headFile) {
        this.lines = lines;
        this.head = head;
        this.anchors = anchors;
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
                return bad(i, "has seq " + node.path("seq").asText("?") + " where " + i
                        + " was expected: an entry was deleted, inserted or moved here");
            }
            if (!prev.equals(node.path("prevHash").asText())) {
                return bad(i, "does not link to entry " + (i - 1)
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
        return checkHead(hashes).or(() -> checkAnchors(hashes)).orElse(AuditVerification.intact(lines.size()));
    }

    private Optional<AuditVerification> checkHead(List<String> hashes) {
        if (head.isEmpty()) {
            return hashes.isEmpty() ? Optional.empty()
                    : Optional.of(bad(0, "the head record " + headFile + " is missing: the log cannot be shown"
                    + " complete"));
        }
        AuditCheckpoint h = head.get();
        if (h.seq() > hashes.size()) {
            return Optional.of(bad(hashes.size() + 1, "is missing: the log ends after entry " + hashes.size()
                    + " but the head record counts " + h.seq() + " entries (truncated)"));
        }
        if (h.seq() > 0 && !hashes.get((int) h.seq() - 1).equals(h.hash())) {
            return Optional.of(bad(h.seq(), "differs from the head record's hash: the chain was rewritten"));
        }
        // the head is written right after the append, so a crash can leave it one entry behind, never more
        if (hashes.size() - h.seq() > 1) {
            return Optional.of(bad(h.seq() + 1, "and later entries are not covered by the head record: they were"
                    + " appended outside Pilothouse"));
        }
        return Optional.empty();
    }

    private Optional<AuditVerification> checkAnchors(List<String> hashes) {
        for (AuditCheckpoint anchor : anchors) {
            if (anchor.seq() > hashes.size()) {
                return Optional.of(bad(hashes.size() + 1, "is missing: a checkpoint anchored in Git covers "
                        + anchor.seq() + " entries (truncated)"));
            }
            if (anchor.seq() > 0 && !hashes.get((int) anchor.seq() - 1).equals(anchor.hash())) {
                return Optional.of(bad(anchor.seq(), "differs from the checkpoint anchored in Git: the chain was"
                        + " rewritten"));
            }
        }
        return Optional.empty();
    }

    private AuditVerification bad(long line, String problem) {
        return new AuditVerification(Math.max(0, line - 1), line, problem);
    }
}
