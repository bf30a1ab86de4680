package dev.pilothouse.runtime.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/**
 * The deploy payload of a workspace: base64 of a gzip tar whose entries are relative to {@code .}, holding the three
 * app files and the app's {@code package.json}; an app without one gets {@code {"type":"module"}} (without it Node
 * may load resources.js as CommonJS).
 */
public final class ComponentPackage {

    public static final String[] APP_FILES = {"schema.graphql", "config.yaml", "resources.js"};
    private static final String PACKAGE_JSON = "{\"type\":\"module\"}\n";

    private ComponentPackage() {}

    /** Reads the app files; a missing one is named in the error. */
    public static Map<String, String> read(Path workspace) {
        Map<String, String> files = new LinkedHashMap<>();
        for (String name : APP_FILES) {
            Path file = workspace.resolve(name);
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("The workspace " + workspace + " has no " + name);
            }
            try {
                files.put(name, Files.readString(file));
            } catch (IOException e) {
                throw new IllegalArgumentException("Could not read " + file + ": " + e.getMessage(), e);
            }
        }
        Path manifest = workspace.resolve("package.json");
        try {
            if (Files.isRegularFile(manifest)) {
                files.put("package.json", Files.readString(manifest));
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("Could not read " + manifest + ": " + e.getMessage(), e);
        }
        return complete(files);
    }

    /**
     * The files as {@link #payload} deploys them once {@link #read} took them from a folder: the given ones, in
     * {@link #APP_FILES} order, then {@code package.json} (the default when absent). Other names are dropped.
     */
    public static Map<String, String> complete(Map<String, String> files) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : APP_FILES) {
            if (files.containsKey(name)) {
                out.put(name, files.get(name));
            }
        }
        out.put("package.json", files.getOrDefault("package.json", PACKAGE_JSON));
        return out;
    }

    public static String payload(Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(bytes))) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                byte[] content = file.getValue().getBytes(StandardCharsets.UTF_8);
                TarArchiveEntry entry = new TarArchiveEntry("./" + file.getKey());
                entry.setSize(content.length);
                entry.setMode(0644);
                tar.putArchiveEntry(entry);
                tar.write(content);
                tar.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not build the component archive in memory", e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }
}
