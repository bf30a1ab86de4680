package dev.pilothouse.cli.schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads input files for the schema commands; failures become usage errors (exit 2) naming the file. */
final class SourceFiles {

    /** A file that could not be read, with a message that names it. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    private SourceFiles() {}

    static String read(Path file) throws Unreadable {
        if (!Files.exists(file)) {
            throw new Unreadable(file + ": no such file");
        }
        if (Files.isDirectory(file)) {
            throw new Unreadable(file + ": is a directory");
        }
        try {
            // Invalid UTF-8 becomes U+FFFD, which the analysers report with a position instead of failing here.
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Unreadable(file + ": cannot read (" + e.getMessage() + ")");
        }
    }
}
