package dev.pilothouse.cli.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pilothouse web} stops soon after SIGTERM, as a service manager or Ctrl-C expects, even with the console
 * serving: a graceful shutdown is bounded, not the framework's 30 s default.
 */
class WebShutdownTest {

    @TempDir
    Path tmp;

    @Test
    void sigtermStopsTheConsoleWithinSeconds() throws Exception {
        Path home = tmp.resolve("home");
        Path workspace = tmp.resolve("shop");
        System.setProperty("pilothouse.home", home.toString());
        try {
            StringWriter err = new StringWriter();
            assertThat(Main.run(
                            new PrintWriter(new StringWriter(), true),
                            new PrintWriter(err, true),
                            "init",
                            workspace.toString(),
                            "--as",
                            "human:ada"))
                    .as(err.toString())
                    .isZero();
        } finally {
            System.clearProperty("pilothouse.home");
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path log = tmp.resolve("web.log");
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "web",
                        "--workspace",
                        workspace.toString(),
                        "--port",
                        String.valueOf(port))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("PILOTHOUSE_HOME", home.toString());
        Process web = builder.start();
        try {
            awaitServing(port, web, log);
            long start = System.nanoTime();
            web.destroy(); // SIGTERM
            boolean stopped = web.waitFor(10, TimeUnit.SECONDS); // a hang guard; the figure goes to the log below
            long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
            System.out.println("pilothouse web stopped " + millis + " ms after SIGTERM");
            assertThat(stopped)
                    .as("stopped after SIGTERM; log:\n" + Files.readString(log))
                    .isTrue();
        } finally {
            web.destroyForcibly();
        }
    }

    private static void awaitServing(int port, Process web, Path log) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(web.isAlive())
                    .as("the console exited early; log:\n" + Files.readString(log))
                    .isTrue();
            try {
                http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            } catch (java.io.IOException notYet) {
                Thread.sleep(500);
            }
        }
        throw new AssertionError("the console did not serve within 120 s; log:\n" + Files.readString(log));
    }
}
