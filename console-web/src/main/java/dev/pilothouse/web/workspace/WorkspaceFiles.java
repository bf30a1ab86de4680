package dev.pilothouse.web.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The app's three files in the workspace folder. Saving writes the draft in place; proposals, approval and
 * deploy belong to the workspace module, which will take over behind this class.
 */
public final class WorkspaceFiles {

    public static final List<String> FILES = List.of("schema.graphql", "config.yaml", "resources.js");

    private final Path root;

    public WorkspaceFiles(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** The file's text, or empty text when it does not exist yet. */
    public String read(String name) {
        Path file = resolve(name);
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean exists(String name) {
        return Files.exists(resolve(name));
    }

    public void write(String name, String text) {
        try {
            Files.createDirectories(root);
            Files.writeString(resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(String name) {
        try {
            Files.deleteIfExists(resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A URI the language service can key its cache on. */
    public String uri(String name) {
        return resolve(name).toUri().toString();
    }

    private Path resolve(String name) {
        if (!FILES.contains(name)) {
            throw new IllegalArgumentException("not an app file: " + name); // no path tricks from the browser
        }
        return root.resolve(name);
    }
}
