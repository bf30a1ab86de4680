package dev.pilothouse.desktop.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Tasks panel speaks Pilothouse: no object's toString ever reaches it. */
class TaskSummaryTest {

    private record Opaque(String secret) {}

    @Test
    void resultsAreSummarisedInWordsNeverByToString() {
        assertThat(TasksViewModel.summary(null)).isEqualTo("done");
        assertThat(TasksViewModel.summary("3 rows")).isEqualTo("3 rows");
        assertThat(TasksViewModel.summary(List.of(new Opaque("a"), new Opaque("b"))))
                .isEqualTo("2 items");
        assertThat(TasksViewModel.summary(Path.of("/w/app/schema.graphql"))).isEqualTo("schema.graphql");
        assertThat(TasksViewModel.summary(new Opaque("x"))).isEqualTo("done").doesNotContain("Opaque");
        TaskResult said = () -> "p1 approved";
        assertThat(TasksViewModel.summary(said)).isEqualTo("p1 approved");
    }
}
