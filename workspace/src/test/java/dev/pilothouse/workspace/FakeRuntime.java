package dev.pilothouse.workspace;

import dev.pilothouse.workspace.deploy.RuntimeTarget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;

/** An in-memory runtime: remembers the files live, can be told to fail verification of one content. */
final class FakeRuntime implements RuntimeTarget {

    Map<String, String> live;
    String failVerifyWhenResourcesContain;
    int deploys;
    /** What each deploy was told the runtime held, in order (the restore's deploy is told nothing: null). */
    final java.util.List<Map<String, String>> expectedLive = new java.util.ArrayList<>();

    @Override
    public void deploy(Path appDir, Map<String, String> expected) {
        expectedLive.add(expected);
        apply(appDir);
    }

    @Override
    public void deploy(Path appDir) {
        expectedLive.add(null);
        apply(appDir);
    }

    private void apply(Path appDir) {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(appDir)) {
            for (Path f : list.toList()) {
                files.put(f.getFileName().toString(), Files.readString(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        live = files;
        deploys++;
    }

    @Override
    public String verify(Map<String, String> files) {
        if (failVerifyWhenResourcesContain != null
                && live.getOrDefault("resources.js", "").contains(failVerifyWhenResourcesContain)) {
            throw new IllegalStateException("GET /Status/ answers 500 after the deploy");
        }
        return "fake runtime: " + live.size() + " files live";
    }

    @Override
    public void remove() {
        live = null;
    }

    @Override
    public OptionalLong recordCount(String database, String table) {
        return OptionalLong.of(42);
    }

    /** Records {@link #sample} returns. */
    java.util.List<com.fasterxml.jackson.databind.JsonNode> records = java.util.List.of();

    @Override
    public java.util.List<com.fasterxml.jackson.databind.JsonNode> sample(
            String database, String table, java.util.List<String> attributes, int limit) {
        return records;
    }

    @Override
    public Map<String, String> appFiles() {
        return live == null ? Map.of() : live;
    }

    @Override
    public String describe() {
        return "fake runtime";
    }
}
