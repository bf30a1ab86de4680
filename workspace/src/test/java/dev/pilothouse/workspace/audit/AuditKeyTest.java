package dev.pilothouse.workspace.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditKeyTest {

    @TempDir
    Path dir;

    @Test
    void threadsMakingTheKeyAtOnceAllGetTheSameOwnerOnlyKey() throws Exception {
        List<PublicKey> keys = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            threads.add(Thread.ofPlatform()
                    .start(() -> keys.add(AuditKey.loadOrCreate(dir).publicKey())));
        }
        for (Thread t : threads) {
            t.join();
        }

        assertThat(keys).hasSize(8).containsOnly(AuditKey.publicKeyIn(dir).orElseThrow());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(AuditKey.PRIVATE_FILE))))
                .isEqualTo("rw-------");
    }

    @Test
    void aSignatureVerifiesForItsCheckpointOnlyAndOnlyWithItsKey() {
        AuditKey key = AuditKey.loadOrCreate(dir);
        AuditKey other = AuditKey.loadOrCreate(dir.resolve("other"));
        AuditCheckpoint checkpoint = new AuditCheckpoint(7, "a".repeat(64));
        String signature = key.sign(checkpoint);

        assertThat(AuditKey.verifies(key.publicKey(), checkpoint, signature)).isTrue();
        assertThat(AuditKey.verifies(key.publicKey(), new AuditCheckpoint(6, "a".repeat(64)), signature))
                .isFalse();
        assertThat(AuditKey.verifies(other.publicKey(), checkpoint, signature)).isFalse();
        assertThat(AuditKey.verifies(key.publicKey(), checkpoint, "")).isFalse();
        assertThat(AuditKey.decode(AuditKey.encode(key.publicKey()))).isEqualTo(key.publicKey());
    }
}
