package dev.pilothouse.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The files an app consists of, and the checks every file set from outside passes before Pilothouse keeps it. */
public final class AppFiles {

    /** The files every app has. */
    public static final List<String> REQUIRED = List.of("schema.graphql", "config.yaml", "resources.js");
    /**
     * The files a workspace holds and a proposal may change: the three, and {@code package.json} (module type,
     * dependencies), which Harper reads too. A change to it is code-bearing: its dependencies and scripts run.
     */
    public static final List<String> ALL = List.of("schema.graphql", "config.yaml", "resources.js", "package.json");
    /** The files a proposal may change: all of them. */
    public static final List<String> PROPOSABLE = ALL;
    /** Larger files are refused: the three app files are text a reviewer reads. */
    public static final long MAX_FILE_BYTES = 1024 * 1024;

    private AppFiles() {}

    /** Reads a folder of proposed files: only the app's files, regular, small and UTF-8. */
    public static Map<String, String> readProposed(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new Refusal("files-folder", "--from " + dir + " is not a folder");
        }
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> children = Files.list(dir)) {
            for (Path child : children.sorted().toList()) {
                String name = child.getFileName().toString();
                if (!PROPOSABLE.contains(name)) {
                    throw new Refusal(
                            "app-files-only",
                            "'" + name + "' in " + dir + " is not one of the app's files " + PROPOSABLE);
                }
                if (!Files.isRegularFile(child, LinkOption.NOFOLLOW_LINKS)) {
                    throw new Refusal(
                            "app-files-only",
                            name + " in " + dir + " is not a regular file (links and" + " folders are refused)");
                }
                checkSize(name, Files.size(child));
                files.put(name, decode(name, Files.readAllBytes(child)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + dir, e);
        }
        if (files.isEmpty()) {
            throw new Refusal("app-files-only", dir + " holds none of the app's files " + PROPOSABLE);
        }
        return files;
    }

    /**
     * The app files ({@link #ALL}) present in a workspace's working tree, checked like proposed files. Any other file
     * in the folder is ignored: only these ever reach a commit from the working tree.
     */
    public static Map<String, String> readWorkingTree(Path dir) {
        Map<String, String> files = new LinkedHashMap<>();
        try {
            for (String name : ALL) {
                Path file = dir.resolve(name);
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    checkSize(name, Files.size(file));
                    files.put(name, decode(name, Files.readAllBytes(file)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + dir, e);
        }
        return files;
    }

    /** Checks a file set given by name (e.g. from an agent's tool call) the same way. */
    public static Map<String, String> checkProposed(Map<String, String> files) {
        if (files.isEmpty()) {
            throw new Refusal("app-files-only", "the proposal changes no file; give at least one of " + PROPOSABLE);
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            String name = file.getKey();
            if (name.contains("..") || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
                throw new Refusal(
                        "path-traversal",
                        "'" + name + "' is not a plain app file name; paths outside the"
                                + " app (../, /, \\) are refused");
            }
            if (!PROPOSABLE.contains(name)) {
                throw new Refusal("app-files-only", "'" + name + "' is not one of the app's files " + PROPOSABLE);
            }
            checkSize(name, file.getValue().getBytes(StandardCharsets.UTF_8).length);
        }
        return Map.copyOf(files);
    }

    private static void checkSize(String name, long bytes) {
        if (bytes > MAX_FILE_BYTES) {
            throw new Refusal(
                    "file-size-limit",
                    name + " is " + bytes + " bytes; app files are limited to " + MAX_FILE_BYTES + " bytes");
        }
    }

    private static String decode(String name, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new Refusal("app-files-only", name + " is not UTF-8 text");
        }
    }
}
