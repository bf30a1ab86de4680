package dev.pilothouse.visualizer.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.visualizer.Corpus;
import dev.pilothouse.visualizer.SvgStructure;
import dev.pilothouse.visualizer.diagram.Diagram;
import dev.pilothouse.visualizer.svg.SvgRenderer;
import org.junit.jupiter.api.Test;

class DiffDiagramTest {

    private static final String OLD = """
            type Customer @table @export { id: ID @primaryKey  email: String @indexed  phone: String }
            type Legacy @table { id: ID @primaryKey }
            type Order @table { id: ID @primaryKey  customerId: ID  total: Int }
            """;
    private static final String NEW = """
            type Customer @table @export { id: ID @primaryKey  email: String  nickname: String }
            type Order @table { id: ID @primaryKey  customerId: ID  total: Int
              customer: Customer @relationship(from: "customerId") }
            type Invoice @table { id: ID @primaryKey  amount: Int }
            """;

    private final Diagram diagram = new DiffDiagram(Corpus.assembler()).draw(Corpus.parse(OLD), Corpus.parse(NEW));
    private final SvgStructure svg =
            SvgStructure.parse(SvgRenderer.withDefaultStyle().render(diagram.scene()));

    @Test
    void removedTableIsStillDrawnAndMarkedBreaking() {
        assertThat(svg.nodes().get("table:Legacy").classes()).contains("removed", "breaking");
    }

    @Test
    void addedTableIsMarkedSafe() {
        assertThat(svg.nodes().get("table:Invoice").classes()).contains("added", "safe");
    }

    @Test
    void removedAttributeKeepsItsRowStruckThrough() {
        assertThat(svg.nodes().get("table:Customer").rows()).containsExactly("id", "email", "nickname", "phone");
        assertThat(rowClasses("table:Customer", "phone")).contains("removed", "breaking");
        assertThat(rowClasses("table:Customer", "nickname")).contains("added", "safe");
        assertThat(rowClasses("table:Customer", "email")).contains("changed", "review");
    }

    @Test
    void changedTableTakesItsWorstClassification() {
        assertThat(svg.nodes().get("table:Customer").classes()).contains("changed", "breaking");
    }

    @Test
    void addedRelationshipEdgeIsMarkedAdded() {
        assertThat(svg.edges().get("rel:Order.customer").classes()).contains("added");
    }

    @Test
    void titleCountsChangesByClassification() {
        assertThat(diagram.scene().title())
                .contains("breaking")
                .contains("review")
                .contains("safe");
    }

    private String rowClasses(String node, String row) {
        String text = SvgRenderer.withDefaultStyle().render(diagram.scene());
        int at = text.indexOf("data-id=\"" + node + "\"");
        int rowAt = text.indexOf("data-row=\"" + row + "\"", at);
        int start = text.lastIndexOf("class=\"", rowAt);
        return text.substring(start, rowAt);
    }

    @Test
    void textsAreParsedAndASyntaxErrorGivesNoDiagram() {
        DiffDiagram diffs = new DiffDiagram(Corpus.assembler());

        var fromTexts = diffs.draw(OLD, NEW).orElseThrow();
        var newFile = diffs.draw(null, NEW).orElseThrow();

        assertThat(SvgStructure.parse(SvgRenderer.withDefaultStyle().render(fromTexts.scene()))
                        .nodes()
                        .get("table:Legacy")
                        .classes())
                .contains("removed");
        assertThat(SvgStructure.parse(SvgRenderer.withDefaultStyle().render(newFile.scene()))
                        .nodes()
                        .get("table:Customer")
                        .classes())
                .contains("added");
        assertThat(diffs.draw(OLD, "type Broken @table {")).isEmpty();
        assertThat(diffs.draw("type Broken @table {", NEW)).isEmpty();
    }
}
