package dev.pilothouse.workspace.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {

    @TempDir
    Path home;

    private AuditLog log;

    @BeforeEach
    void fiveEntries() {
        log = new AuditLog(home.resolve("audit/audit.jsonl"), Clock.systemUTC());
        for (int i = 1; i <= 5; i++) {
            log.append("human:ada", "test.action", details("n", i));
        }
    }

    @Test
    void threadsOfOneProcessAppendingAtOnceAllGetIntoOneIntactChain() throws Exception {
        AuditLog second = new AuditLog(home.resolve("audit/audit.jsonl"), Clock.systemUTC()); // same file
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 8; t++) {
            AuditLog writer = t % 2 == 0 ? log : second;
            int thread = t;
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    for (int i = 0; i < 10; i++) {
                        writer.append("agent:t" + thread, "test.concurrent", details("n", i));
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(failures).isEmpty();
        assertThat(log.entries()).hasSize(5 + 80);
        assertThat(log.verify(List.of()).ok()).isTrue();
    }

    @Test
    void appendedEntriesAreChainedAndVerifyIntact() {
        List<AuditEntry> entries = log.entries();
        assertThat(entries).hasSize(5);
        assertThat(entries.get(0).prevHash()).isEqualTo(AuditEntry.GENESIS);
        assertThat(entries.get(3).prevHash()).isEqualTo(entries.get(2).hash());
        assertThat(entries.get(4).seq()).isEqualTo(5);
        assertThat(entries.get(1).details().path("n").asInt()).isEqualTo(2);
        assertThat(log.verify(List.of()).ok()).isTrue();
        assertThat(log.checkpoint())
                .contains(new AuditCheckpoint(5, entries.get(4).hash()));
    }

    @Test
    void editedEntryIsNamed() throws IOException {
        List<String> lines = lines();
        lines.set(2, lines.get(2).replace("\"n\":3", "\"n\":30"));
        write(lines);
        AuditVerification result = log.verify(List.of());
        assertThat(result.ok()).isFalse();
        assertThat(result.firstBadLine()).isEqualTo(3);
        assertThat(result.problem()).contains("edited");
    }

    @Test
    void editWithRecomputedHashBreaksTheNextLink() throws IOException {
        Path other = home.resolve("forged/audit.jsonl");
        AuditLog forger = new AuditLog(other, Clock.systemUTC());
        for (int i = 1; i <= 3; i++) {
            forger.append("human:ada", "test.action", details("n", i == 3 ? 99 : i));
        }
        List<String> lines = lines();
        lines.set(2, Files.readAllLines(other).get(2));
        write(lines);
        AuditVerification result = log.verify(List.of());
        assertThat(result.firstBadLine()).isEqualTo(3);
    }

    @Test
    void deletedEntryIsNamed() throws IOException {
        List<String> lines = lines();
        lines.remove(1);
        write(lines);
        AuditVerification result = log.verify(List.of());
        assertThat(result.firstBadLine()).isEqualTo(2);
        assertThat(result.problem()).contains("deleted");
    }

    @Test
    void reorderedEntriesAreNamed() throws IOException {
        List<String> lines = lines();
        String third = lines.get(2);
        lines.set(2, lines.get(3));
        lines.set(3, third);
        write(lines);
        assertThat(log.verify(List.of()).firstBadLine()).isEqualTo(3);
    }

    @Test
    void truncationIsDetectedThroughTheHeadRecord() throws IOException {
        List<String> lines = lines();
        write(lines.subList(0, 3));
        AuditVerification result = log.verify(List.of());
        assertThat(result.ok()).isFalse();
        assertThat(result.firstBadLine()).isEqualTo(4);
        assertThat(result.problem()).contains("truncated");
    }

    @Test
    void removedHeadRecordIsReported() throws IOException {
        Files.delete(log.headFile());
        assertThat(log.verify(List.of()).describeProblem())
                .hasValueSatisfying(p -> assertThat(p).contains("head"));
    }

    @Test
    void rewrittenChainIsCaughtByACheckpointAnchoredElsewhere() throws IOException {
        AuditCheckpoint anchored = new AuditCheckpoint(3, log.entries().get(2).hash());
        Path other = home.resolve("forged/audit.jsonl");
        AuditLog forger = new AuditLog(other, Clock.systemUTC());
        for (int i = 1; i <= 2; i++) {
            forger.append("human:ada", "test.action", details("n", i));
        }
        Files.copy(other, log.file(), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(forger.headFile(), log.headFile(), StandardCopyOption.REPLACE_EXISTING);
        AuditEvidence withoutKey = new AuditEvidence(List.of(anchored), List.of(), Optional.empty(), Optional.empty());
        assertThat(log.verify(withoutKey.withoutAnchors()).ok()).isTrue();
        AuditVerification result = log.verify(withoutKey);
        assertThat(result.firstBadLine()).isEqualTo(3);
        assertThat(result.problem()).contains("anchored in Git");
    }

    @Test
    void headRecordSignedByAnotherLogsKeyIsNamed() throws IOException {
        AuditLog forger = new AuditLog(home.resolve("forged/audit.jsonl"), Clock.systemUTC());
        for (int i = 1; i <= 2; i++) {
            forger.append("human:ada", "test.action", details("n", i));
        }
        Files.copy(forger.file(), log.file(), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(forger.headFile(), log.headFile(), StandardCopyOption.REPLACE_EXISTING);

        AuditVerification result = log.verify(List.of());

        assertThat(result.ok()).isFalse();
        assertThat(result.firstBadLine()).isEqualTo(2);
        assertThat(result.problem()).contains("head record (count 2) has a bad signature");
    }

    @Test
    void appendReadsOnlyTheLastLineAndContinuesTheChain() throws IOException {
        // everything before the last entry replaced by garbage of the same shape: an append that re-read the whole
        // file would fail on it, one that reads the tail continues from entry 5
        List<String> lines = lines();
        for (int i = 0; i < 4; i++) {
            lines.set(i, "{\"not\":\"an entry\"}");
        }
        write(lines);

        AuditEntry next = log.append("human:ada", "test.action", details("n", 6));

        assertThat(next.seq()).isEqualTo(6);
        assertThat(next.prevHash())
                .isEqualTo(AuditLog.toEntry(new com.fasterxml.jackson.databind.ObjectMapper().readTree(lines.get(4)))
                        .hash());
    }

    @Test
    void appendRefusesALogEndingInAPartialLine() throws IOException {
        Files.writeString(log.file(), "{\"seq\":6", java.nio.file.StandardOpenOption.APPEND);

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> log.append("human:ada", "test.action", details("n", 7)))
                .hasMessageContaining("could not append")
                .cause()
                .hasMessageContaining("partial");
    }

    @Test
    void checkpointTrailerRoundTrips() {
        AuditCheckpoint checkpoint = log.checkpoint().orElseThrow();
        assertThat(AuditCheckpoint.fromTrailer("Deploy\n\n" + checkpoint.trailer() + "\n"))
                .contains(checkpoint);
    }

    private List<String> lines() throws IOException {
        return new ArrayList<>(Files.readAllLines(log.file()));
    }

    private void write(List<String> lines) throws IOException {
        Files.writeString(log.file(), String.join("\n", lines) + "\n");
    }

    private static ObjectNode details(String key, int value) {
        return JsonNodeFactory.instance.objectNode().put(key, value);
    }
}
