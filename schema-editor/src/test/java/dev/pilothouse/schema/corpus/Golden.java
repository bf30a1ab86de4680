package dev.pilothouse.schema.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden-file comparison. Run with {@code -Dpilothouse.updateGolden=true} to rewrite the files after a deliberate
 * change, then review the diff before committing.
 */
final class Golden {

    static final Path ROOT = Path.of("src/test/resources/corpus/golden");
    private static final boolean UPDATE = Boolean.getBoolean("pilothouse.updateGolden");

    private Golden() {}

    static void assertMatches(String name, String actual) {
        Path file = ROOT.resolve(name);
        try {
            if (UPDATE) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual);
                return;
            }
            assertThat(file)
                    .as("golden file %s (create it with -Dpilothouse.updateGolden=true)", file)
                    .exists();
            assertThat(actual).as("golden %s", name).isEqualTo(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
