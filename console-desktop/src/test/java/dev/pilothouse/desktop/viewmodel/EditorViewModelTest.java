package dev.pilothouse.desktop.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.schema.LanguageService;
import dev.pilothouse.schema.highlight.TokenSpans;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EditorViewModelTest {

    private final ScheduledExecutorService analysis = Executors.newSingleThreadScheduledExecutor();
    private final LanguageService languages = new LanguageService();

    @AfterEach
    void stop() {
        analysis.shutdownNow();
    }

    private EditorViewModel editor(String text) {
        return new EditorViewModel(Path.of("target/vm/schema.graphql"), text, languages, analysis, Runnable::run);
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(10);
        }
    }

    @Test
    void initialTextIsHighlightedAndAnalyzed() throws Exception {
        EditorViewModel vm = editor("type Product @table { id: ID @primaryKey }\n");
        await(() -> vm.analyzedVersionProperty().get() == 0);
        assertThat(vm.highlightProperty().get().size()).isPositive();
        assertThat(vm.diagnostics()).isEmpty();
    }

    @Test
    void unknownTypeBecomesADiagnosticAfterAnEdit() throws Exception {
        EditorViewModel vm = editor("type Product @table { id: ID @primaryKey }\n");
        vm.textChanged("type Product @table { id: ID @primaryKey\n  maker: Maker\n}\n");
        await(() -> vm.analyzedVersionProperty().get() == 1);
        assertThat(vm.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("Maker"));
    }

    @Test
    void rapidEditsAreDebouncedToTheLastVersion() throws Exception {
        EditorViewModel vm = editor("");
        await(() -> vm.analyzedVersionProperty().get() == 0);
        for (int i = 1; i <= 20; i++) {
            vm.textChanged("type T" + i + " @table { id: ID @primaryKey }");
        }
        await(() -> vm.analyzedVersionProperty().get() == 20);
        assertThat(vm.highlightProperty().get().version()).isEqualTo(20);
    }

    @Test
    void resultForAnOlderVersionIsDropped() throws Exception {
        EditorViewModel vm = editor("type A @table { id: ID @primaryKey }");
        await(() -> vm.analyzedVersionProperty().get() == 0);
        TokenSpans current = vm.highlightProperty().get();
        vm.textChanged("type B @table { id: ID @primaryKey }");
        vm.publish(0, new TokenSpans(0, 0, 0, new int[0]), List.of());
        assertThat(vm.staleDroppedProperty().get()).isEqualTo(1);
        assertThat(vm.highlightProperty().get()).isSameAs(current);
    }

    @Test
    void quickFixesAreThoseOfDiagnosticsUnderTheCaret() throws Exception {
        EditorViewModel vm = editor("type Product @table @exprt { id: ID @primaryKey }");
        await(() -> vm.analyzedVersionProperty().get() == 0 && !vm.diagnostics().isEmpty());
        int at = vm.text().indexOf("@exprt") + 2;
        assertThat(vm.quickFixesAt(at)).anySatisfy(f -> assertThat(f.title()).contains("export"));
        assertThat(vm.quickFixesAt(0)).isEmpty();
    }

    @Test
    void formatRefusesBrokenSchemaAndFormatsAValidOne() {
        EditorViewModel broken = editor("type {");
        assertThat(broken.format().refused()).isTrue();
        EditorViewModel ok = editor("type   A @table {id:ID @primaryKey}");
        assertThat(ok.format().text()).contains("type A @table {\n  id: ID @primaryKey\n}");
    }

    @Test
    void completionAfterAtOffersTableDirective() {
        EditorViewModel vm = editor("type Product @");
        assertThat(vm.completionsAt(vm.text().length()))
                .extracting(c -> c.label())
                .contains("table");
    }

    @Test
    void completionIsNarrowedToTheTypedPrefix() {
        EditorViewModel vm = editor("type Product @ex");
        assertThat(vm.completionsAt(vm.text().length()))
                .extracting(c -> c.label())
                .first()
                .isEqualTo("export");
        assertThat(vm.completionsAt(vm.text().length()))
                .extracting(c -> c.label())
                .doesNotContain("table");
    }

    @Test
    void enterIndentsOneLevelInsideABrace() {
        EditorViewModel vm = editor("type Product @table {");
        assertThat(vm.lineBreakAt(vm.text().length())).isEqualTo("\n  ");
    }

    @Test
    void undoingBackToTheSavedTextClearsTheUnsavedMarkAndRedoingSetsIt() {
        EditorViewModel vm = editor("type A @table { id: ID @primaryKey }\n");
        assertThat(vm.dirtyProperty().get()).isFalse();
        vm.textChanged("type A @table { id: ID @primaryKey }\nx");
        assertThat(vm.dirtyProperty().get()).isTrue();
        vm.textChanged("type A @table { id: ID @primaryKey }\n"); // undo
        assertThat(vm.dirtyProperty().get()).as("back at the saved text").isFalse();
        vm.textChanged("type A @table { id: ID @primaryKey }\nx"); // redo
        assertThat(vm.dirtyProperty().get()).isTrue();

        vm.markSaved("type A @table { id: ID @primaryKey }\nx");
        assertThat(vm.dirtyProperty().get()).isFalse();
        vm.textChanged("type A @table { id: ID @primaryKey }\n"); // undo past the save
        assertThat(vm.dirtyProperty().get())
                .as("the saved text is now the one with x")
                .isTrue();
    }

    @Test
    void aSaveOfAnOlderTextLeavesLaterEditsUnsaved() {
        EditorViewModel vm = editor("a");
        vm.textChanged("ab");
        vm.textChanged("abc"); // typed while "ab" was being written
        vm.markSaved("ab");
        assertThat(vm.dirtyProperty().get()).isTrue();
    }

    @Test
    void aWriteOnDiskReplacesACleanEditorButOnlyMarksOneWithUnsavedEdits() {
        EditorViewModel clean = editor("type A @table { id: ID @primaryKey }\n");
        assertThat(clean.diskChanged("type B @table { id: ID @primaryKey }\n")).isTrue();
        assertThat(clean.text()).isEqualTo("type B @table { id: ID @primaryKey }\n");
        assertThat(clean.dirtyProperty().get()).isFalse();

        EditorViewModel edited = editor("type A @table { id: ID @primaryKey }\n");
        edited.textChanged("type A @table { id: ID @primaryKey }\n# mine\n");
        assertThat(edited.diskChanged("type A @table { id: ID @primaryKey }\n"))
                .as("nothing new on disk")
                .isFalse();
        assertThat(edited.changedOnDiskProperty().get()).isFalse();
        assertThat(edited.diskChanged("type C @table { id: ID @primaryKey }\n")).isFalse();
        assertThat(edited.text()).endsWith("# mine\n");
        assertThat(edited.changedOnDiskProperty().get()).isTrue();
        assertThat(edited.dirtyProperty().get()).isTrue();

        edited.keepEdits();
        assertThat(edited.changedOnDiskProperty().get()).isFalse();
        assertThat(edited.dirtyProperty().get())
                .as("still to be saved over the other write")
                .isTrue();
        assertThat(edited.text()).endsWith("# mine\n");

        edited.diskChanged("type D @table { id: ID @primaryKey }\n");
        edited.reloadFromDisk();
        assertThat(edited.text()).isEqualTo("type D @table { id: ID @primaryKey }\n");
        assertThat(edited.dirtyProperty().get()).isFalse();
        assertThat(edited.changedOnDiskProperty().get()).isFalse();

        edited.textChanged("type E @table { id: ID @primaryKey }\n");
        edited.diskChanged("type E @table { id: ID @primaryKey }\n"); // our own save coming back
        assertThat(edited.dirtyProperty().get()).isFalse();
        assertThat(edited.changedOnDiskProperty().get()).isFalse();
    }
}
