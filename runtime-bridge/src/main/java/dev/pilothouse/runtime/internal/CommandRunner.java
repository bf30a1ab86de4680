package dev.pilothouse.runtime.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs a short external command with a time limit, streaming its merged output lines to a consumer. */
public class CommandRunner {

    private static final Logger LOG = LoggerFactory.getLogger(CommandRunner.class);

    private static final Duration KILL_WAIT = Duration.ofSeconds(5);

    public record Result(int exitCode, String output) {}

    public Result run(List<String> command, Path workDir, Duration timeout, Consumer<String> lines) throws IOException {
        Process process = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .start();
        StringBuilder output = new StringBuilder();
        Thread reader = Thread.ofVirtual().start(() -> {
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                    lines.accept(line);
                }
            } catch (IOException e) {
                LOG.debug("output of {} ended: {}", command.get(0), e.toString());
            }
        });
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                killTree(process);
                throw new IOException("'" + String.join(" ", command) + "' did not finish within " + timeout);
            }
            reader.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            killTree(process);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command.get(0), e);
        }
        synchronized (output) {
            return new Result(process.exitValue(), output.toString());
        }
    }

    /**
     * Ends the process and everything it started. npm runs install scripts in children of its own (node-gyp,
     * compilers), and killing npm alone would leave them running, reparented away from us. The descendants are
     * killed while the root still holds them together, the root last, and each is waited for (a few seconds).
     */
    static void killTree(Process process) {
        for (int pass = 0; pass < 2; pass++) { // a second pass catches what started while the first was killing
            List<ProcessHandle> tree = process.descendants().toList();
            tree.forEach(ProcessHandle::destroyForcibly);
            tree.forEach(CommandRunner::awaitExit);
        }
        process.destroyForcibly();
        awaitExit(process.toHandle());
    }

    private static void awaitExit(ProcessHandle handle) {
        try {
            handle.onExit().get(KILL_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            LOG.warn("process {} did not exit within {} of being killed", handle.pid(), KILL_WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static String tail(String text, int lines) {
        List<String> all = text.lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    public static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("could not remove {}: {}", dir, e.toString());
        }
    }
}
