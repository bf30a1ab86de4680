package dev.pilothouse.workspace;

import dev.pilothouse.workspace.versioning.Versioning;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Creates a workspace: the app files (from the starter app or an existing folder) in a new Git repository. */
public final class WorkspaceInit {

    private WorkspaceInit() {}

    /** Returns the first commit's id. {@code from} empty = the starter app. */
    public static String init(Path dir, Optional<Path> from, Identity who, PilothouseHome home) {
        String message = from.map(
                        f -> "Import the app from " + f.toAbsolutePath().normalize())
                .orElse("Start the app from the Pilothouse starter");
        return create(dir, () -> from.isPresent() ? imported(from.get()) : starter(), message, who, home);
    }

    /** A workspace holding files read elsewhere (e.g. a runtime's component); the three app files are required. */
    public static String init(Path dir, Map<String, String> files, String source, Identity who, PilothouseHome home) {
        return create(
                dir,
                () -> {
                    Map<String, String> checked = new LinkedHashMap<>();
                    for (String name : AppFiles.REQUIRED) {
                        if (!files.containsKey(name)) {
                            throw new Refusal(
                                    "app-files-only",
                                    source + " has no " + name + "; an app needs " + AppFiles.REQUIRED);
                        }
                        checked.put(name, files.get(name));
                    }
                    checked.put(
                            "package.json",
                            files.getOrDefault("package.json", starter().get("package.json")));
                    AppFiles.checkProposed(checked);
                    return checked;
                },
                "Import the app from " + source,
                who,
                home);
    }

    private interface FileSource {
        Map<String, String> read() throws IOException;
    }

    private static String create(Path dir, FileSource source, String message, Identity who, PilothouseHome home) {
        home.requireOutside(dir);
        if (Files.exists(dir.resolve(".git"))) {
            throw new Refusal("init-empty-folder", dir + " already holds a Git repository");
        }
        try {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> existing = Files.list(dir)) {
                    if (existing.findAny().isPresent()) {
                        throw new Refusal("init-empty-folder", dir + " is not empty; init creates a new workspace");
                    }
                }
            }
            Files.createDirectories(dir);
            Map<String, String> files = source.read();
            for (Map.Entry<String, String> file : files.entrySet()) {
                Files.writeString(dir.resolve(file.getKey()), file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the workspace " + dir, e);
        }
        try (Versioning versioning = Versioning.create(dir, message, who)) {
            return versioning.head();
        }
    }

    static Map<String, String> starter() {
        Map<String, String> files = new LinkedHashMap<>();
        for (String name : AppFiles.ALL) {
            try (InputStream in = WorkspaceInit.class.getResourceAsStream("starter/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("the starter app lacks " + name);
                }
                files.put(name, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private static Map<String, String> imported(Path from) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        for (String name : AppFiles.REQUIRED) {
            Path file = from.resolve(name);
            if (!Files.isRegularFile(file)) {
                throw new Refusal("app-files-only", from + " has no " + name + "; an app needs " + AppFiles.REQUIRED);
            }
            if (Files.size(file) > AppFiles.MAX_FILE_BYTES) {
                throw new Refusal("file-size-limit", file + " is larger than " + AppFiles.MAX_FILE_BYTES + " bytes");
            }
            files.put(name, Files.readString(file));
        }
        Path pkg = from.resolve("package.json");
        files.put(
                "package.json",
                Files.isRegularFile(pkg) ? Files.readString(pkg) : starter().get("package.json"));
        return files;
    }
}
