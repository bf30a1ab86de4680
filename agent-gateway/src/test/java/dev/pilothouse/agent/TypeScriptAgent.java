package dev.pilothouse.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a test-tree script from ts-client/ (client.mjs unless named) with the official TypeScript MCP SDK, installed once from the npm
 * registry into the per-user cache, so the gateway is checked against a client nobody here wrote.
 */
final class TypeScriptAgent {

    static final String SDK = "@modelcontextprotocol/sdk@1.32.2";
    private static final Path CACHE =
            Path.of(System.getProperty("user.home"), ".cache", "pilothouse", "npm", "mcp-sdk-1.32.2");

    private TypeScriptAgent() {}

    static JsonNode run(String url, String token, Map<String, String> env, Path work) {
        return run("client.mjs", url, token, env, work);
    }

    /** Runs {@code ts-client/NAME} and reads the JSON object it prints last. */
    static JsonNode run(String name, String url, String token, Map<String, String> env, Path work) {
        try {
            ensureSdk();
            Path script = work.resolve(name);
            try (var in = TypeScriptAgent.class.getResourceAsStream("/ts-client/" + name)) {
                Files.write(script, in.readAllBytes());
            }
            // ESM resolves packages next to the script, so the script runs from the cache folder
            Path placed = CACHE.resolve(name);
            Files.copy(script, placed, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            String output = exec(List.of("node", placed.toString(), url, token), env, CACHE);
            String last = output.strip().lines().reduce((a, b) -> b).orElse("");
            return new ObjectMapper().readTree(last);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void ensureSdk() throws IOException {
        if (Files.isDirectory(CACHE.resolve("node_modules/@modelcontextprotocol/sdk"))) {
            return;
        }
        Files.createDirectories(CACHE);
        exec(List.of("npm", "install", "--no-audit", "--no-fund", "--prefix", CACHE.toString(), SDK), Map.of(), CACHE);
    }

    private static String exec(List<String> command, Map<String, String> env, Path dir) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process process = pb.start();
        byte[] out;
        try (var in = process.getInputStream()) {
            out = in.readAllBytes();
        }
        try {
            if (!process.waitFor(300, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command.get(0) + " timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        String text = new String(out, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IllegalStateException(
                    String.join(" ", command) + " exited " + process.exitValue() + ":\n" + text);
        }
        return text;
    }
}
