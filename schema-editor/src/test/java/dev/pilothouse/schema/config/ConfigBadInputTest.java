package dev.pilothouse.schema.config;

import static dev.pilothouse.schema.config.Fixtures.check;
import static dev.pilothouse.schema.config.Fixtures.config;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.pilothouse.schema.diagnostic.Diagnostic;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ConfigBadInputTest {

    /**
     * Guards against hangs (a scanner that stops advancing), not timings: the build machine's two cores are shared
     * with other builds, and a 10 MB check took 22 s there at a load average of 26. How fast these inputs are
     * handled is measured by the benchmarks (docs/benchmarks.md), never asserted here.
     */
    private static final Duration GUARD = Duration.ofMinutes(2);

    private static final Duration LARGE_FILE_GUARD = Duration.ofMinutes(5);

    @Test
    void binaryGarbageIsOneSyntaxErrorWithPosition() {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        String garbage = "rest: true\n" + new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);

        List<Diagnostic> d = assertTimeoutPreemptively(GUARD, () -> check(garbage));

        assertThat(d).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("PH300");
            assertThat(e.message()).containsPattern("line \\d+, column \\d+");
        });
    }

    @Test
    void tenMegabyteFileFinishesInBoundedTime() {
        StringBuilder text = new StringBuilder("rest: true\nmqtt:\n  topics:\n");
        while (text.length() < 10 * 1024 * 1024) {
            text.append("    - sensors/building-").append(text.length()).append("/temperature\n");
        }
        text.append("graphqlSchemas:\n  files: schema.graphql\n");

        List<Diagnostic> d = assertTimeoutPreemptively(LARGE_FILE_GUARD, () -> check(text.toString()));

        assertThat(d).singleElement().satisfies(e -> assertThat(e.code()).isEqualTo("PH301"));
        assertThat(d.getFirst().range().startLine()).isGreaterThan(100_000);
    }

    @Test
    void byteOrderMarkDoesNotShiftPositions() {
        List<Diagnostic> d = check("\uFEFFrest: true\nstatik:\n  files: web/*\n");

        assertThat(d).singleElement().satisfies(e -> {
            assertThat(e.range().startLine()).isEqualTo(2);
            assertThat(e.range().startColumn()).isEqualTo(1);
            assertThat(e.range().start()).isEqualTo(12);
        });
    }

    @Test
    void crlfLineEndingsKeepLineNumbers() {
        List<Diagnostic> d = check("rest: true\r\n\r\nstatic:\r\n  files: web/*\r\n  urlPath: ../up\r\n");

        assertThat(d).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("PH306");
            assertThat(e.range().startLine()).isEqualTo(5);
            assertThat(e.range().startColumn()).isEqualTo(12);
        });
    }

    @Test
    void emojiBeforeAnErrorDoesNotShiftTheRange() {
        String text = "# 🚀 launch config\nrestt: true\n";
        Diagnostic d = check(text).getFirst();

        assertThat(text.substring(d.range().start(), d.range().end())).isEqualTo("restt");
    }

    @Test
    void deepNestingIsASyntaxErrorNotACrash() {
        String text = "rest: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";

        List<Diagnostic> d = assertTimeoutPreemptively(GUARD, () -> new ConfigChecker().check(config(text), null));

        assertThat(d).singleElement().satisfies(e -> assertThat(e.code()).isEqualTo("PH300"));
    }
}
