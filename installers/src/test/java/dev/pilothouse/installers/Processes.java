package dev.pilothouse.installers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs packaged programs the way a user would: a clean environment, no JAVA_HOME, output captured. */
final class Processes {

    record Result(int exitCode, String output) {}

    private Processes() {}

    static Path property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("system property " + name + " is not set (run with -Pinstallers)");
        }
        return Path.of(value);
    }

    static ProcessBuilder clean(Path home, List<String> command) throws IOException {
        Files.createDirectories(home);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.clear();
        env.put("PATH", "/usr/bin:/bin");
        env.put("HOME", home.toString());
        env.put("PILOTHOUSE_HOME", home.resolve(".pilothouse").toString());
        env.put("TMPDIR", home.toString());
        return pb;
    }

    static Result run(Path home, List<String> command) throws Exception {
        Process p = clean(home, command).start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p));
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command + " did not exit within 120 s; output: " + out.getNow(""));
        }
        return new Result(p.exitValue(), out.get(10, TimeUnit.SECONDS));
    }

    private static String read(Process p) {
        try {
            return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(output unreadable: " + e + ")";
        }
    }

    private static final Pattern SERVING = Pattern.compile("Pilothouse web console: (http://localhost:\\d+/)");

    /** Starts a web console process, waits for its "serving" line, and fetches /login from it. */
    static HttpResponse<String> serveAndFetchLogin(Path home, List<String> command) throws Exception {
        Process p = clean(home, command).start();
        var stdout = new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8);
        try (BufferedReader lines = new BufferedReader(stdout)) {
            StringBuilder seen = new StringBuilder();
            CompletableFuture<URI> url = CompletableFuture.supplyAsync(() -> {
                try {
                    for (String line; (line = lines.readLine()) != null; ) {
                        seen.append(line).append('\n');
                        Matcher m = SERVING.matcher(line);
                        if (m.find()) {
                            return URI.create(m.group(1));
                        }
                    }
                    throw new AssertionError("web console exited before serving:\n" + seen);
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            });
            URI base;
            try {
                base = url.get(120, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("web console did not serve within 120 s:\n" + seen, e);
            }
            try (HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .build()) {
                return http.send(
                        HttpRequest.newBuilder(base.resolve("login"))
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
            }
        } finally {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }
}
