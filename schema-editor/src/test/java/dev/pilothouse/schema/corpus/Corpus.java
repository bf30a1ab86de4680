package dev.pilothouse.schema.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The team-written corpus under src/test/resources/corpus. */
final class Corpus {

    static final Path ROOT = Path.of("src/test/resources/corpus");

    private Corpus() {}

    static List<Path> valid() {
        return list(ROOT.resolve("valid"), ".graphql");
    }

    static List<Path> invalid() {
        return list(ROOT.resolve("invalid"), ".graphql");
    }

    static List<Path> configs() {
        try (Stream<Path> dirs = Files.list(ROOT.resolve("config"))) {
            return dirs.map(d -> d.resolve("config.yaml"))
                    .filter(Files::exists)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    private static List<Path> list(Path dir, String suffix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
