package dev.pilothouse.workspace.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pilothouse.workspace.Hashing;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One audit append (entry, fsync, signed head, fsync) on a log that already holds 10 or 1,000,000 entries, and the
 * part of it that depends on the log at all: reading the last entry. The two parameters run in the same JMH run, so
 * their ratio is the figure to read: it stays near 1 when an append costs the same however long the log is. Not a
 * test: it runs only with {@code -Pbench-workspace} (docs/benchmarks.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AuditAppendBench {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Param({"10", "1000000"})
    int entries;

    private Path dir;
    private AuditLog log;
    private ObjectNode details;

    @Setup(Level.Trial)
    public void logOfSize() throws IOException {
        dir = Files.createTempDirectory("audit-bench");
        Path file = dir.resolve("audit").resolve("audit.jsonl");
        write(file, entries);
        log = new AuditLog(file, Clock.systemUTC());
        details = MAPPER.createObjectNode().put("tool", "read_schema").put("outcome", "ok");
        log.append("agent:bench", "bench.warm", details); // key made and head written before measuring
    }

    @Benchmark
    public AuditEntry append() {
        return log.append("agent:bench", "agent.tool", details);
    }

    /** What an append reads of the log before writing (the rest is fixed work plus two fsyncs). */
    @Benchmark
    public AuditCheckpoint lastLine() throws IOException {
        try (FileChannel channel = FileChannel.open(log.file(), StandardOpenOption.READ)) {
            return LastLine.read(channel).orElseThrow();
        }
    }

    @TearDown(Level.Trial)
    public void removeLog() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** A valid chain of {@code n} entries, written in one go (appending a million fsync'd entries takes hours). */
    static void write(Path file, int n) throws IOException {
        Files.createDirectories(file.getParent());
        String prev = AuditEntry.GENESIS;
        Instant time = Instant.parse("2026-12-01T00:00:00Z");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            for (int seq = 1; seq <= n; seq++) {
                ObjectNode node = MAPPER.createObjectNode();
                node.put("seq", seq);
                node.put("time", time.plusMillis(seq).toString());
                node.put("actor", "agent:bench");
                node.put("action", "agent.tool");
                node.set(
                        "details",
                        MAPPER.createObjectNode().put("tool", "read_schema").put("n", seq));
                node.put("prevHash", prev);
                prev = Hashing.sha256(CanonicalJson.write(node));
                node.put("hash", prev);
                out.write(MAPPER.writeValueAsString(node));
                out.write('\n');
            }
        }
    }
}
