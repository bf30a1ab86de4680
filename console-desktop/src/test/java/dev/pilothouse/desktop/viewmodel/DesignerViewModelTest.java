package dev.pilothouse.desktop.viewmodel;

import static dev.pilothouse.desktop.viewmodel.EditorViewModelTest.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.schema.LanguageService;
import dev.pilothouse.schema.edit.SchemaEdit;
import dev.pilothouse.visualizer.diagram.DiagramAssembler;
import dev.pilothouse.visualizer.layout.Layouter;
import dev.pilothouse.visualizer.scene.SceneNode;
import dev.pilothouse.visualizer.schema.SchemaDiagram;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DesignerViewModelTest {

    static final String SHOP = """
            type Product @table @export {
              id: ID @primaryKey
              name: String @indexed
            }

            type Order @table {
              id: ID @primaryKey
              productId: ID @indexed
              product: Product @relationship(from: productId)
            }
            """;

    private final ScheduledExecutorService analysis = Executors.newSingleThreadScheduledExecutor();
    private final ScheduledExecutorService layout = Executors.newSingleThreadScheduledExecutor();
    private final ObservableList<EditorViewModel> editors = FXCollections.observableArrayList();
    private final AtomicInteger openRequests = new AtomicInteger();

    @AfterEach
    void stop() {
        analysis.shutdownNow();
        layout.shutdownNow();
    }

    private DesignerViewModel designer(Executor layoutExecutor) {
        SchemaDiagram diagram = new SchemaDiagram(new DiagramAssembler(new Layouter(Runnable::run, 4)));
        return new DesignerViewModel(editors, openRequests::incrementAndGet, diagram, layoutExecutor, Runnable::run);
    }

    private EditorViewModel schema(String text) {
        EditorViewModel e = new EditorViewModel(
                Path.of("target/designer/schema.graphql"), text, new LanguageService(), analysis, Runnable::run);
        editors.add(e);
        return e;
    }

    private static List<String> nodeIds(DesignerViewModel vm) {
        return vm.sceneProperty().get().nodes().stream().map(SceneNode::id).toList();
    }

    @Test
    void diagramFollowsTheSchemaText() throws Exception {
        DesignerViewModel vm = designer(layout);
        EditorViewModel editor = schema(SHOP);
        await(() -> vm.diagramVersionProperty().get() == 0);
        assertThat(nodeIds(vm)).containsExactly("table:Product", "table:Order");
        editor.textChanged(SHOP + "\ntype Review @table { id: ID @primaryKey }\n");
        await(() -> vm.diagramVersionProperty().get() == 1);
        assertThat(nodeIds(vm)).contains("table:Review");
    }

    @Test
    void addTableEditsTheEditorTextAndSelectsTheNewTable() throws Exception {
        DesignerViewModel vm = designer(layout);
        EditorViewModel editor = schema(SHOP);
        await(() -> vm.diagramVersionProperty().get() == 0);
        assertThat(vm.apply(new SchemaEdit.AddTable("Review")).get(10, TimeUnit.SECONDS))
                .isTrue();
        assertThat(editor.text()).isEqualTo(SHOP + "\ntype Review @table {\n  id: ID @primaryKey\n}\n");
        assertThat(editor.dirtyProperty().get()).isTrue();
        await(() -> vm.diagramVersionProperty().get() == 1);
        assertThat(nodeIds(vm)).contains("table:Review");
        assertThat(vm.selection().tableProperty().get().typeName()).isEqualTo("Review");
        assertThat(vm.statusProperty().get()).startsWith("3 tables");
    }

    @Test
    void refusedEditNamesTheTableAndLeavesTheTextAlone() throws Exception {
        DesignerViewModel vm = designer(layout);
        EditorViewModel editor = schema(SHOP);
        await(() -> vm.diagramVersionProperty().get() == 0);
        assertThat(vm.apply(new SchemaEdit.RenameTable("Product", "Order")).get(10, TimeUnit.SECONDS))
                .isFalse();
        assertThat(vm.errorProperty().get()).isEqualTo("A type named 'Order' already exists (line 6)");
        assertThat(editor.text()).isEqualTo(SHOP);
        assertThat(editor.version()).isZero();
    }

    @Test
    void syntaxErrorKeepsTheLastDiagramAndSaysWhere() throws Exception {
        DesignerViewModel vm = designer(layout);
        EditorViewModel editor = schema(SHOP);
        await(() -> vm.diagramVersionProperty().get() == 0);
        var before = vm.sceneProperty().get();
        editor.textChanged(SHOP + "type Broken @table {\n");
        await(() -> editor.analyzedVersionProperty().get() == 1);
        await(() -> vm.statusProperty().get().contains("syntax error"));
        assertThat(vm.statusProperty().get()).startsWith("schema.graphql has a syntax error at line 1");
        assertThat(vm.sceneProperty().get()).isSameAs(before);
        assertThat(vm.apply(new SchemaEdit.AddTable("X")).get(10, TimeUnit.SECONDS))
                .isFalse();
        assertThat(vm.errorProperty().get()).startsWith("schema.graphql has a syntax error at line");
    }

    @Test
    void aLayoutOvertakenByANewerAnalysisIsDropped() throws Exception {
        java.util.concurrent.ConcurrentLinkedDeque<Runnable> queued =
                new java.util.concurrent.ConcurrentLinkedDeque<>();
        DesignerViewModel vm = designer(queued::add);
        EditorViewModel editor = schema(SHOP);
        await(() -> queued.size() == 1);
        editor.textChanged(SHOP.replace("Order", "Purchase"));
        await(() -> queued.size() == 2);
        while (!queued.isEmpty()) {
            queued.poll().run();
        }
        assertThat(vm.staleDroppedProperty().get()).isEqualTo(1);
        assertThat(vm.diagramVersionProperty().get()).isEqualTo(1);
        assertThat(nodeIds(vm)).containsExactly("table:Product", "table:Purchase");
    }

    @Test
    void clickingARowSelectsTheAttributeAndTypesAreNotTables() throws Exception {
        DesignerViewModel vm = designer(layout);
        schema(SHOP + "type Shape { x: Int }\n");
        await(() -> vm.diagramVersionProperty().get() == 0);
        vm.select("table:Order", "productId");
        assertThat(vm.selection().attributeProperty().get().name()).isEqualTo("productId");
        assertThat(vm.selection().attributes()).containsExactly("id", "productId", "product");
        assertThat(vm.selection().types()).contains("String", "Product", "Order", "Shape");
        vm.select("type:Shape", null);
        assertThat(vm.selection().tableProperty().get()).isNull();
    }

    @Test
    void anEditPreparedForAnOlderTextIsNotApplied() throws Exception {
        java.util.concurrent.ConcurrentLinkedDeque<Runnable> queued =
                new java.util.concurrent.ConcurrentLinkedDeque<>();
        DesignerViewModel vm = designer(queued::add);
        EditorViewModel editor = schema(SHOP);
        var pending = vm.apply(new SchemaEdit.AddTable("Review"));
        editor.textChanged(SHOP + "# typed meanwhile\n");
        while (!queued.isEmpty()) {
            queued.poll().run();
        }
        assertThat(pending.get(10, TimeUnit.SECONDS)).isFalse();
        assertThat(vm.errorProperty().get())
                .isEqualTo("schema.graphql changed while \"Add table Review\" was prepared;"
                        + " nothing was applied, try again");
        assertThat(editor.text()).isEqualTo(SHOP + "# typed meanwhile\n");
    }

    @Test
    void withoutASchemaEditorTheDesignerAsksToOpenOne() throws Exception {
        DesignerViewModel vm = designer(layout);
        assertThat(vm.apply(new SchemaEdit.AddTable("A")).get(10, TimeUnit.SECONDS))
                .isFalse();
        assertThat(openRequests.get()).isEqualTo(1);
        assertThat(vm.errorProperty().get()).startsWith("No schema.graphql is open yet");
    }
}
