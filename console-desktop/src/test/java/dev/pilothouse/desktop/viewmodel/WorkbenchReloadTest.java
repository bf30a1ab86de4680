package dev.pilothouse.desktop.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.schema.LanguageService;
import dev.pilothouse.schema.diagnostic.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench and the files on disk: after a governed deploy or rollback rewrites them, clean editors follow the
 * disk and dirty ones do not; the problems panel counts every app file, whether an editor shows it or not.
 */
class WorkbenchReloadTest {

    static final String RESOURCES_WITH_WARNING = """
            import { Resource } from 'harperdb';
            export class Hello extends Resource {
              get() { return 1; }
              get() { return 2; }
            }
            """;

    private final ScheduledExecutorService analysis = Executors.newSingleThreadScheduledExecutor();
    private final WorkbenchViewModel workbench = new WorkbenchViewModel(
            new LanguageService(), analysis, Runnable::run, new TasksViewModel(Runnable::run, Runnable::run));

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

        assertThat(workbench.reloadUnmodified().get(10, TimeUnit.SECONDS))
                .containsExactly(dir.resolve("schema.graphql"));
        assertThat(schema.text()).isEqualTo("type B @table { id: ID @primaryKey }\n");
        assertThat(schema.dirtyProperty().get()).isFalse();
        assertThat(code.text()).isEqualTo("export const version = 1; // editing\n");
        assertThat(code.dirtyProperty().get()).isTrue();
        assertThat(workbench.reloadUnmodified().get(10, TimeUnit.SECONDS))
                .as("nothing left to reload")
                .isEmpty();
    }

    private long problemsIn(String name) {
        synchronized (workbench) {
            return workbench.problems().stream()
                    .filter(p -> p.title().equals(name))
                    .count();
        }
    }

    @Test
    void aWarningInResourcesJsIsListedWithoutItsEditorAndOnceWithIt(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("schema.graphql"), "type A @table { id: ID @primaryKey }\n");
        Files.writeString(dir.resolve("resources.js"), RESOURCES_WITH_WARNING);
        workbench.openWorkspace(dir).get(10, TimeUnit.SECONDS);

        EditorViewModelTest.await(() -> problemsIn("resources.js") > 0);
        assertThat(workbench.editors()).extracting(EditorViewModel::title).containsExactly("schema.graphql");
        assertThat(workbench.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(dir.resolve("resources.js"));
            assertThat(p.diagnostic().severity()).isEqualTo(Severity.WARNING);
            assertThat(p.location()).startsWith("resources.js:");
        });
        long onDisk = problemsIn("resources.js");

        EditorViewModel code = workbench.open(dir.resolve("resources.js")).get(10, TimeUnit.SECONDS);
        EditorViewModelTest.await(() -> code.analyzedVersionProperty().get() == 0);
        assertThat(problemsIn("resources.js")).as("the editor's, not both").isEqualTo(onDisk);

        code.textChanged("export const fixed = true;\n"); // edited, not saved
        EditorViewModelTest.await(() -> problemsIn("resources.js") == 0);
        workbench.close(code); // the edit is dropped: the file on disk counts again
        EditorViewModelTest.await(() -> problemsIn("resources.js") == onDisk);
    }
}
