package dev.pilothouse.desktop.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.schema.LanguageService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After a governed deploy or rollback rewrites the files, clean editors follow the disk and dirty ones do not. */
class WorkbenchReloadTest {

    private final ScheduledExecutorService analysis = Executors.newSingleThreadScheduledExecutor();
    private final WorkbenchViewModel workbench = new WorkbenchViewModel(new LanguageService(), analysis, Runnable::run,
            new TasksViewModel(Runnable::run, Runnable::run));

    @AfterEach
    void stop() throws Exception {
        analysis.shutdownNow();
        analysis.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void cleanEditorsTakeTheFilesOnDiskAndEditedOnesKeepTheUsersText(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("schema.graphql"), "type A @table { id: ID @primaryKey }\n");
        Files.writeString(dir.resolve("resources.js"), "export const version = 1;\n");
        workbench.openWorkspace(dir).get(10, TimeUnit.SECONDS);
        EditorViewModel schema = workbench.open(dir.resolve("schema.graphql")).get(10, TimeUnit.SECONDS);
        EditorViewModel code = workbench.open(dir.resolve("resources.js")).get(10, TimeUnit.SECONDS);
        code.textChanged("export const version = 1; // editing\n");

        // what a rollback's checkout does to the working tree
        Files.writeString(dir.resolve("schema.graphql"), "type B @table { id: ID @primaryKey }\n");
        Files.writeString(dir.resolve("resources.js"), "export const version = 0;\n");

        assertThat(workbench.reloadUnmodified().get(10, TimeUnit.SECONDS)).containsExactly(dir.resolve("schema.graphql"));
        assertThat(schema.text()).isEqualTo("type B @table { id: ID @primaryKey }\n");
        assertThat(schema.dirtyProperty().get()).isFalse();
        assertThat(code.text()).isEqualTo("export const version = 1; // editing\n");
        assertThat(code.dirtyProperty().get()).isTrue();
        assertThat(workbench.reloadUnmodified().get(10, TimeUnit.SECONDS)).as("nothing left to reload").isEmpty();
    }
}
