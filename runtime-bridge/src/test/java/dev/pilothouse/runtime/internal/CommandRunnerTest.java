package dev.pilothouse.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The runner behind the Harper installer's npm: a command that runs too long is ended with all it started. */
@DisabledOnOs(OS.WINDOWS)
class CommandRunnerTest {

    @TempDir
    Path dir;

    @Test
    void aTimedOutCommandLeavesNoChildRunning() throws Exception {
        // like npm running an install script: a child that outlives its parent's timeout, and the parent waiting
        Path child = dir.resolve("child.pid");
        Path grandchild = dir.resolve("grandchild.pid");
        String script =
                "sleep 300 & echo $! > " + child + "; sh -c 'echo $$ > " + grandchild + "; sleep 300; :' & wait";

        long started = System.nanoTime();
        assertThatThrownBy(() ->
                        new CommandRunner().run(List.of("sh", "-c", script), dir, Duration.ofSeconds(1), line -> {}))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("did not finish within");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
        for (Path pid : List.of(child, grandchild)) {
            long id = Long.parseLong(Files.readString(pid).strip());
            assertThat(running(id))
                    .as("process %d from %s", id, pid.getFileName())
                    .isFalse();
        }
    }

    @Test
    void aCommandThatFinishesGivesItsExitCodeAndOutput() throws Exception {
        CommandRunner.Result result = new CommandRunner()
                .run(List.of("sh", "-c", "echo hello; exit 3"), dir, Duration.ofSeconds(10), line -> {});

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.output()).isEqualTo("hello\n");
    }

    /** Alive and not a zombie waiting for a parent that never reaps it (PID 1 in a container may not). */
    private static boolean running(long pid) throws IOException {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty() || !handle.get().isAlive()) {
            return false;
        }
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        if (!Files.exists(stat)) {
            return true;
        }
        String text = Files.readString(stat);
        return text.charAt(text.lastIndexOf(')') + 2) != 'Z';
    }
}
