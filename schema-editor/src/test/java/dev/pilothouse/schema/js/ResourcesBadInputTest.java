package dev.pilothouse.schema.js;

import static dev.pilothouse.schema.js.JsFixtures.check;
import static dev.pilothouse.schema.js.JsFixtures.js;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.pilothouse.schema.diagnostic.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ResourcesBadInputTest {

    /**
     * Guards against hangs (a scanner that stops advancing), not timings: the build machine's two cores are shared
     * with other builds, and a 10 MB check took 22 s there at a load average of 26. How fast these inputs are
     * handled is measured by the benchmarks (docs/benchmarks.md), never asserted here.
     */
    private static final Duration GUARD = Duration.ofMinutes(2);

    private static final Duration LARGE_FILE_GUARD = Duration.ofMinutes(5);

    @Test
    void binaryGarbageGivesBoundedDiagnosticsWithoutThrowing() {
        byte[] bytes = new byte[64 * 1024];
        new Random(7).nextBytes(bytes);
        String garbage = new String(bytes, StandardCharsets.ISO_8859_1);

        List<Diagnostic> d = assertTimeoutPreemptively(GUARD, () -> check(garbage));

        assertThat(d).isNotEmpty().hasSizeLessThan(1000);
        assertThat(new ResourcesHighlighter()
                        .highlight(js(garbage), 0, garbage.length())
                        .size())
                .isPositive();
    }

    @Test
    void tenMegabyteFileFinishesInBoundedTime() {
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (text.length() < 10 * 1024 * 1024) {
            text.append("export class Thing")
                    .append(i++)
                    .append(" extends tables.Thing {\n")
                    .append("\tstatic loadAsInstance = false;\n")
                    .append("\tget(target) { return `id ${target.id}` + /x/.source; }\n}\n");
        }
        text.append("export class Broken {\n");

        List<Diagnostic> d = assertTimeoutPreemptively(LARGE_FILE_GUARD, () -> check(text.toString()));

        assertThat(d).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("PH401");
            assertThat(e.range().startLine()).isGreaterThan(100_000);
        });
    }

    @Test
    void deeplyNestedBracketsDoNotOverflowTheStack() {
        String text = "x = " + "[".repeat(100_000) + "]".repeat(100_000) + ";\nclass A { get(t) {} }";

        assertThat(assertTimeoutPreemptively(GUARD, () -> check(text))).isEmpty();
    }

    @Test
    void byteOrderMarkIsWhitespace() {
        assertThat(check("\uFEFFexport class A extends Resource {\n static loadAsInstance = false;\n get(t) {}\n}\n"))
                .isEmpty();
    }

    @Test
    void crlfLineEndingsKeepLineNumbers() {
        List<Diagnostic> d = check("class A {\r\n  get(t) {\r\n    return 'x;\r\n  }\r\n}\r\n");

        assertThat(d).singleElement().satisfies(e -> {
            assertThat(e.range().startLine()).isEqualTo(3);
            assertThat(e.range().startColumn()).isEqualTo(12);
        });
    }

    @Test
    void unterminatedTemplateAtEndOfFileSwallowsNoDiagnosticsBefore() {
        List<Diagnostic> d = check("class A {\n get(t) {\n  return `${t.id\n");

        assertThat(d).extracting(Diagnostic::code).contains("PH400", "PH401");
    }
}
