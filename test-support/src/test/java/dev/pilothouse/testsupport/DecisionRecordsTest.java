package dev.pilothouse.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every record in docs/decisions follows the one template of docs/decisions/README.md. */
class DecisionRecordsTest {

    private static final Path DECISIONS =
            Path.of("..").toAbsolutePath().normalize().resolve("docs/decisions");

    private static final String GOOD = """
            # 0042: A good record

            * Status: accepted (amends [0041](0041-older.md): one part)
            * Scope: `workspace`

            ## Context and Problem Statement

            Why.

            ## Considered Options

            1. This.
            2. That.

            ## Decision Outcome

            Option 1.

            ```markdown
            ## Not a heading, an example
            ```

            ### A part

            ## Consequences

            * Good: it works.

            ## Links

            * [0041](0041-older.md)
            """;

    private static final Set<String> FILES = Set.of("0041-older.md", "0042-good.md");

    @Test
    void everyRecordFollowsTheTemplate() {
        assertThat(DecisionRecords.check(DECISIONS))
                .as("records that stray from docs/decisions/README.md")
                .isEmpty();
    }

    @Test
    void theRecordsAreReadAtAll() throws IOException {
        // guards the reader: an empty or missing folder would make the check above pass vacuously
        try (Stream<Path> files = Files.list(DECISIONS)) {
            assertThat(files.filter(f -> f.getFileName().toString().matches("\\d{4}-.*\\.md")))
                    .hasSizeGreaterThan(19);
        }
        assertThat(DECISIONS.resolve("README.md")).exists();
    }

    @Test
    void aRecordThatFollowsTheTemplatePasses() {
        assertThat(DecisionRecords.check("0042-good.md", GOOD, FILES)).isEmpty();
    }

    @Test
    void aRecordWithoutConsideredOptionsNamesTheFileAndTheHeading() {
        String bad = GOOD.replace("## Considered Options\n\n1. This.\n2. That.\n\n", "");

        assertThat(DecisionRecords.check("0042-good.md", bad, FILES))
                .containsExactly("0042-good.md: missing heading '## Considered Options'");
    }

    @Test
    void theOldTemplateIsReported() {
        String old = """
                # 0007: An old record

                ## Status

                Accepted

                ## Context

                ## Decision

                ## Consequences
                """;

        assertThat(DecisionRecords.check("0007-old.md", old, Set.of("0007-old.md")))
                .contains(
                        "0007-old.md: needs one '* Status:' line before the first heading, found 0",
                        "0007-old.md: missing heading '## Context and Problem Statement'",
                        "0007-old.md: missing heading '## Considered Options'",
                        "0007-old.md: missing heading '## Decision Outcome'",
                        "0007-old.md: heading '## Status' is not in the template; use '###' for parts");
    }

    @Test
    void aWrongNumberAStatusOutsideTheListAndHeadingsOutOfOrderAreReported() {
        String bad = GOOD.replace("# 0042:", "# 0043:")
                .replace("* Status: accepted", "* Status: done")
                .replace("## Links", "## Links\n\n## Consequences");

        assertThat(DecisionRecords.check("0042-good.md", bad, FILES))
                .containsExactly(
                        "0042-good.md: the first line must be '# 0042: Title', found '# 0043: A good record'",
                        "0042-good.md: status 'done' is not one of " + DecisionRecords.STATUSES,
                        "0042-good.md: heading '## Consequences' is out of order or repeated");
    }

    @Test
    void aLinkToAMissingRecordIsReported() {
        assertThat(DecisionRecords.check("0042-good.md", GOOD, Set.of("0042-good.md")))
                .containsOnly("0042-good.md: links to 0041-older.md, which does not exist");
    }

    @Test
    void gapsRepeatsAndBadNamesAreReported() {
        assertThat(DecisionRecords.numbering(Set.of("0001-a.md", "0002-b.md", "0002-c.md", "0004-d.md", "5-e.md")))
                .containsExactlyInAnyOrder(
                        "5-e.md: not named NNNN-short-title.md",
                        "0002-c.md: number 0002 is also used by 0002-b.md",
                        "0004-d.md: number 0004 leaves a gap; the next number is 0003");
        assertThat(DecisionRecords.numbering(Set.of("0002-b.md")))
                .containsExactly("0002-b.md: number 0002 leaves a gap; the next number is 0001");
        assertThat(DecisionRecords.numbering(Set.of("0001-a.md", "0002-b.md"))).isEmpty();
    }
}
