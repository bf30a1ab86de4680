package dev.pilothouse.visualizer.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.schema.model.SchemaModel;
import dev.pilothouse.visualizer.Corpus;
import dev.pilothouse.visualizer.diagram.Diagram;
import dev.pilothouse.visualizer.diagram.DiagramAssembler;
import dev.pilothouse.visualizer.scene.Bounds;
import dev.pilothouse.visualizer.schema.SchemaDiagram;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class LayouterTest {

    private static final String ERP =
            Corpus.VALID.resolve("26-erp-suite.graphql").toString();

    private static long moved(Diagram before, Diagram after) {
        Map<String, Bounds> a = before.layout().nodes();
        Map<String, Bounds> b = after.layout().nodes();
        return a.keySet().stream()
                .filter(b::containsKey)
                .filter(id -> Math.abs(a.get(id).x() - b.get(id).x()) > 0.5
                        || Math.abs(a.get(id).y() - b.get(id).y()) > 0.5)
                .count();
    }

    private static SchemaModel erpPlus(String extra) throws Exception {
        return Corpus.parse(Files.readString(java.nio.file.Path.of(ERP)) + "\n" + extra);
    }

    @Test
    void addingAnUnrelatedTableMovesNoOtherNode() throws Exception {
        SchemaDiagram view = new SchemaDiagram(Corpus.assembler());
        Diagram before = view.draw(erpPlus(""));

        Diagram after =
                view.draw(erpPlus("type AuditNote @table { id: ID @primaryKey  text: String }"), before.layout());

        assertThat(after.layout().nodes()).hasSize(before.layout().nodes().size() + 1);
        assertThat(moved(before, after)).isZero();
    }

    @Test
    void addingARelatedTableMovesAtMostAFewOtherNodes() throws Exception {
        SchemaDiagram view = new SchemaDiagram(Corpus.assembler());
        SchemaModel model = erpPlus("");
        String target = model.tables().get(model.tables().size() - 1).typeName();
        Diagram before = view.draw(model);

        Diagram after = view.draw(
                erpPlus("type Attachment @table { id: ID @primaryKey  ownerId: ID\n" + "  owner: " + target
                        + " @relationship(from: \"ownerId\") }"),
                before.layout());

        assertThat(moved(before, after)).isLessThanOrEqualTo(3);
    }

    @Test
    void theSameGraphIsServedFromTheCache() {
        Layouter layouter = new Layouter(Runnable::run, 4);
        LayoutGraph graph = new LayoutGraph(
                List.of(LayoutNode.box("a", 50, 20), LayoutNode.box("b", 50, 20)),
                List.of(LayoutEdge.between("e", "a", "b", "x")));

        LayoutResult first = layouter.layout(graph);
        LayoutResult second = layouter.layout(new LayoutGraph(graph.nodes(), graph.edges()));

        assertThat(second).isSameAs(first);
    }

    @Test
    void layeredLayoutPutsTheTargetRightOfTheSource() {
        LayoutResult r = new Layouter(Runnable::run, 4)
                .layout(new LayoutGraph(
                        List.of(LayoutNode.box("a", 50, 20), LayoutNode.box("b", 50, 20)),
                        List.of(LayoutEdge.between("e", "a", "b", "1:N"))));

        assertThat(r.node("b").x()).isGreaterThan(r.node("a").maxX());
        assertThat(r.routes().get("e")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(r.labels()).containsKey("e");
    }

    @Test
    void asyncLayoutRunsOnTheGivenExecutor() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> new Thread(r, "layout-worker"));
        AtomicReference<String> thread = new AtomicReference<>();
        try {
            Layouter layouter = new Layouter(
                    r -> pool.execute(() -> {
                        thread.set(Thread.currentThread().getName());
                        r.run();
                    }),
                    4);
            LayoutResult r = layouter.layoutAsync(
                            new LayoutGraph(List.of(LayoutNode.box("a", 40, 20)), List.of()), LayoutResult.EMPTY)
                    .get(30, TimeUnit.SECONDS);
            assertThat(r.nodes()).containsKey("a");
            assertThat(thread.get()).isEqualTo("layout-worker");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void portsFixWhereEdgesLeaveTheSourceNode() {
        DiagramAssembler assembler = Corpus.assembler();
        Diagram d = new SchemaDiagram(assembler).draw(Corpus.schema("04-shop-orders.graphql"));
        var order = d.scene().nodes().stream()
                .filter(n -> n.id().equals("table:Order"))
                .findFirst()
                .orElseThrow();
        var edge = d.scene().edges().stream()
                .filter(e -> e.id().equals("rel:Order.lines"))
                .findFirst()
                .orElseThrow();

        assertThat(edge.route().get(0).x()).isEqualTo(order.bounds().maxX());
        assertThat(order.ports())
                .extracting(p -> p.position().y())
                .contains(edge.route().get(0).y());
    }
}
