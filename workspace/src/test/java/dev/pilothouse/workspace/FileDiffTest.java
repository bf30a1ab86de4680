package dev.pilothouse.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.workspace.FileDiff.Hidden;
import dev.pilothouse.workspace.FileDiff.Kind;
import dev.pilothouse.workspace.FileDiff.Row;
import dev.pilothouse.workspace.FileDiff.Run;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FileDiffTest {

    @Test
    void pairsChangedLinesAndNumbersBothSides() {
        FileDiff d = FileDiff.of("schema.graphql", "a\nb\nc\nd", "a\nB\nc\nd\ne");
        assertThat(d.rows())
                .containsExactly(
                        new Row(Kind.SAME, 1, "a", 1, "a"),
                        new Row(Kind.CHANGED, 2, "b", 2, "B"),
                        new Row(Kind.SAME, 3, "c", 3, "c"),
                        new Row(Kind.SAME, 4, "d", 4, "d"),
                        new Row(Kind.ADDED, 0, null, 5, "e"));
        assertThat(d.changedLines()).isEqualTo(2);
        assertThat(d.hasHidden()).isFalse();
    }

    @Test
    void unevenChangeLeavesTheShorterSideEmpty() {
        FileDiff d = FileDiff.of("f", "x\nold\nz", "x\nnew1\nnew2\nz");
        assertThat(d.rows())
                .containsExactly(
                        new Row(Kind.SAME, 1, "x", 1, "x"),
                        new Row(Kind.CHANGED, 2, "old", 2, "new1"),
                        new Row(Kind.CHANGED, 0, null, 3, "new2"),
                        new Row(Kind.SAME, 3, "z", 4, "z"));
        assertThat(d.rows().get(2).oldRuns()).isEmpty();
    }

    @Test
    void removedLinesAndAMissingOldFile() {
        assertThat(FileDiff.of("f", "a\nb", "a").rows()).contains(new Row(Kind.REMOVED, 2, "b", 0, null));
        assertThat(FileDiff.of("f", null, "new").rows()).containsExactly(new Row(Kind.ADDED, 0, null, 1, "new"));
    }

    @Test
    void aChangedRowMarksOnlyTheWordsNotOnTheOtherSide() {
        Row r = FileDiff.of("f", "const limit = 10;", "const limit = 25;")
                .rows()
                .get(0);

        assertThat(r.oldRuns())
                .containsExactly(
                        new Run("const limit = ", false, null), new Run("10", true, null), new Run(";", false, null));
        assertThat(r.newRuns())
                .containsExactly(
                        new Run("const limit = ", false, null), new Run("25", true, null), new Run(";", false, null));
        assertThat(FileDiff.of("f", "", "added").rows().get(0).newRuns()).containsExactly(new Run("added", true, null));
    }

    @Test
    void aBidiOverrideStandsAloneInItsRowWithItsOffsetAndName() {
        String hostile = "if (isAdmin) {\u202e } \u2066if (user) {\u2069";
        FileDiff d = FileDiff.of("resources.js", "a\nif (isAdmin) {\nb", "a\n" + hostile + "\nb");
        Row r = d.rows().get(1);

        assertThat(r.kind()).isEqualTo(Kind.CHANGED);
        assertThat(r.hasHidden()).isTrue();
        assertThat(d.hasHidden()).isTrue();
        assertThat(r.oldHidden()).isEmpty();
        assertThat(r.newHidden())
                .containsExactly(
                        new Hidden(14, '\u202e', "RIGHT-TO-LEFT OVERRIDE"),
                        new Hidden(18, '\u2066', "LEFT-TO-RIGHT ISOLATE"),
                        new Hidden(30, '\u2069', "POP DIRECTIONAL ISOLATE"));
        assertThat(r.newHidden().get(0).codePoint()).isEqualTo("U+202E");
        assertThat(r.newRuns())
                .filteredOn(Run::isHidden)
                .extracting(Run::text)
                .containsExactly("\u202e", "\u2066", "\u2069");
        assertThat(r.newRuns())
                .filteredOn(run -> !run.isHidden())
                .allSatisfy(run -> assertThat(run.text()).doesNotContain("\u202e", "\u2066", "\u2069"));
        assertThat(r.newRuns().stream().map(Run::text).reduce("", String::concat))
                .isEqualTo(hostile);
        assertThat(d.rows().stream().filter(Row::hasHidden)).containsExactly(r);
    }

    @Test
    void zeroWidthAndControlCharactersAreHiddenOnBothSidesButAnOpeningByteOrderMarkIsNot() {
        FileDiff d = FileDiff.of("f", "\ufeffkeep\nold\u200bvalue\n", "\ufeffkeep\nnew\u001b[2Kvalue\u2060\ufeff\n");

        assertThat(d.rows().get(0).hasHidden())
                .as("a byte order mark opening the file")
                .isFalse();
        Row changed = d.rows().get(1);
        assertThat(changed.oldHidden()).containsExactly(new Hidden(3, '\u200b', "ZERO WIDTH SPACE"));
        assertThat(changed.newHidden()).extracting(Hidden::codePoint).containsExactly("U+001B", "U+2060", "U+FEFF");
        assertThat(FileDiff.of("f", "a\r\n\tb", "a\r\n\tc").hasHidden())
                .as("tab and carriage return")
                .isFalse();
    }

    @Test
    void aComparisonDiffsOnlyTheFilesThatDifferByName() {
        Comparison c = new Comparison(
                "a",
                "b",
                "",
                List.of(),
                Map.of("schema.graphql", "type A", "config.yaml", "x", "resources.js", "same"),
                Map.of("schema.graphql", "type B", "resources.js", "same", "new.js", "n"));

        assertThat(c.changedFiles())
                .extracting(FileDiff::file)
                .containsExactly("config.yaml", "new.js", "schema.graphql");
        assertThat(c.changedFiles(Set.of("schema.graphql", "resources.js")))
                .extracting(FileDiff::file)
                .containsExactly("schema.graphql");
        assertThat(c.changedFiles().get(1).rows()).containsExactly(new Row(Kind.ADDED, 0, null, 1, "n"));
    }
}
