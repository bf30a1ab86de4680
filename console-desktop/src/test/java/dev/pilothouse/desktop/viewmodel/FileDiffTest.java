package dev.pilothouse.desktop.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.desktop.viewmodel.FileDiff.Kind;
import dev.pilothouse.desktop.viewmodel.FileDiff.Row;
import org.junit.jupiter.api.Test;

class FileDiffTest {

    @Test
    void pairsChangedLinesAndNumbersBothSides() {
        FileDiff d = FileDiff.of("schema.graphql", "a\nb\nc\nd", "a\nB\nc\nd\ne");
        assertThat(d.rows()).containsExactly(
                new Row(Kind.SAME, 1, "a", 1, "a"),
                new Row(Kind.CHANGED, 2, "b", 2, "B"),
                new Row(Kind.SAME, 3, "c", 3, "c"),
                new Row(Kind.SAME, 4, "d", 4, "d"),
                new Row(Kind.ADDED, 0, null, 5, "e"));
        assertThat(d.changedLines()).isEqualTo(2);
    }

    @Test
    void unevenChangeLeavesTheShorterSideEmpty() {
        FileDiff d = FileDiff.of("f", "x\nold\nz", "x\nnew1\nnew2\nz");
        assertThat(d.rows()).containsExactly(
                new Row(Kind.SAME, 1, "x", 1, "x"),
                new Row(Kind.CHANGED, 2, "old", 2, "new1"),
                new Row(Kind.CHANGED, 0, null, 3, "new2"),
                new Row(Kind.SAME, 3, "z", 4, "z"));
    }

    @Test
    void removedLinesAndAMissingOldFile() {
        assertThat(FileDiff.of("f", "a\nb", "a").rows()).contains(new Row(Kind.REMOVED, 2, "b", 0, null));
        assertThat(FileDiff.of("f", null, "new").rows()).containsExactly(new Row(Kind.ADDED, 0, null, 1, "new"));
    }
}
