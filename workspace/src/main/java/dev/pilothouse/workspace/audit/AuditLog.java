package dev.pilothouse.workspace.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pilothouse.workspace.Hashing;
import dev.pilothouse.workspace.Json;
import dev.pilothouse.workspace.OwnerOnly;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The append-only, hash-chained audit log: one JSON object per line, appended under a file lock and forced to disk
 * before the head record ({@code audit.head.json}: count, last hash and their Ed25519 signature) is replaced
 * atomically. An append reads only the log's last line, so it costs the same at entry 10 and at entry 1,000,000.
 */
public final class AuditLog {

    private static final ObjectMapper MAPPER = Json.COMPACT;
    /**
     * One in-process lock per log file: a {@link FileLock} only keeps other processes out, and a second thread of
     * this JVM asking for it gets {@code OverlappingFileLockException} (seen when a tool call and a background
     * validation appended at the same moment).
     */
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final Path file;
    private final Path head;
    private final Clock clock;
    private final Consumer<AuditCheckpoint> afterAppend;
    private volatile AuditKey key;

    public AuditLog(Path file, Clock clock) {
        this(file, clock, checkpoint -> {});
    }

    /** {@code afterAppend} sees the new head after each append, outside the file lock (to anchor checkpoints). */
    public AuditLog(Path file, Clock clock, Consumer<AuditCheckpoint> afterAppend) {
        this.file = file.toAbsolutePath();
        this.head = this.file.resolveSibling("audit.head.json");
        this.clock = clock;
        this.afterAppend = afterAppend;
    }

    public Path file() {
        return file;
    }

    public Path headFile() {
        return head;
    }

    /** Appends one entry and returns it once it is on disk. */
    public AuditEntry append(String actor, String action, ObjectNode details) {
        AuditEntry entry = write(actor, action, details);
        afterAppend.accept(new AuditCheckpoint(entry.seq(), entry.hash()));
        return entry;
    }

    private AuditEntry write(String actor, String action, ObjectNode details) {
        ReentrantLock inProcess = IN_PROCESS.computeIfAbsent(file, f -> new ReentrantLock());
        inProcess.lock();
        try {
            OwnerOnly.createDirectories(file.getParent());
            try (FileChannel channel = OwnerOnly.open(
                            file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
                    FileLock lock = channel.lock()) {
                AuditCheckpoint last = LastLine.read(channel).orElse(new AuditCheckpoint(0, AuditEntry.GENESIS));
                long seq = last.seq() + 1;
                ObjectNode node = MAPPER.createObjectNode();
                node.put("seq", seq);
                node.put("time", Instant.now(clock).toString());
                node.put("actor", actor);
                node.put("action", action);
                node.set("details", details.deepCopy());
                node.put("prevHash", last.hash());
                String hash = Hashing.sha256(CanonicalJson.write(node));
                node.put("hash", hash);
                channel.position(channel.size());
                channel.write(
                        ByteBuffer.wrap((MAPPER.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8)));
                channel.force(true);
                writeHead(SignedCheckpoint.sign(new AuditCheckpoint(seq, hash), key()));
                return toEntry(node);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not append to the audit log " + file, e);
        } finally {
            inProcess.unlock();
        }
    }

    /** The signing key beside the log, made on the first append. */
    public AuditKey key() {
        AuditKey k = key;
        if (k == null) {
            k = AuditKey.loadOrCreate(file.getParent());
            key = k;
        }
        return k;
    }

    /** The public key that verifies this log's checkpoints, once one was made. */
    public Optional<PublicKey> publicKey() {
        return AuditKey.publicKeyIn(file.getParent());
    }

    /** Every entry, oldest first (the log is not verified; use {@link #verify}). */
    public List<AuditEntry> entries() {
        List<AuditEntry> entries = new ArrayList<>();
        try {
            for (String line : readLines()) {
                entries.add(toEntry(MAPPER.readTree(line)));
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(
                    "the audit log " + file + " is damaged; run 'audit verify': " + e.getMessage(), e);
        }
        return entries;
    }

    /** The head record, when one was written. */
    public Optional<AuditCheckpoint> checkpoint() {
        return signedHead().map(SignedCheckpoint::checkpoint);
    }

    /** The head record with its signature (empty when it was written unsigned). */
    public Optional<SignedCheckpoint> signedHead() {
        if (!Files.isRegularFile(head)) {
            return Optional.empty();
        }
        try {
            JsonNode node = MAPPER.readTree(head.toFile());
            return Optional.of(new SignedCheckpoint(
                    node.path("count").asLong(),
                    node.path("hash").asText(),
                    node.path("signature").asText("")));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the audit head record " + head, e);
        }
    }

    /** Checks the chain, the head record and any checkpoints anchored elsewhere (e.g. in deploy tags). */
    public AuditVerification verify(List<AuditCheckpoint> anchors) {
        return verify(new AuditEvidence(anchors, List.of(), Optional.empty(), publicKey()));
    }

    /**
     * Checks the chain, the head record and its signature, the signed checkpoints anchored in Git and the checkpoint
     * remembered outside the workspace, all against the evidence's public key.
     */
    public AuditVerification verify(AuditEvidence evidence) {
        try {
            return new ChainVerifier(readLines(), signedHead(), evidence, head).verify();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the audit log " + file, e);
        }
    }

    private List<String> readLines() throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        String text = Files.readString(file);
        if (!text.isEmpty() && !text.endsWith("\n")) {
            throw new IOException("the audit log ends in a partial line (a write was cut off or the file edited)");
        }
        return text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }

    private void writeHead(SignedCheckpoint checkpoint) throws IOException {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("count", checkpoint.seq());
        node.put("hash", checkpoint.hash());
        node.put("signature", checkpoint.signature());
        Path tmp = head.resolveSibling(head.getFileName() + ".tmp");
        try (FileChannel channel = OwnerOnly.open(
                tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(ByteBuffer.wrap(MAPPER.writeValueAsBytes(node)));
            channel.force(true);
        }
        Files.move(tmp, head, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    static AuditEntry toEntry(JsonNode node) {
        return new AuditEntry(
                node.path("seq").asLong(),
                Instant.parse(node.path("time").asText()),
                node.path("actor").asText(),
                node.path("action").asText(),
                node.path("details"),
                node.path("prevHash").asText(),
                node.path("hash").asText());
    }
}
