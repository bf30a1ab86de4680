package dev.pilothouse.visualizer.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.schema.model.Attribute;
import dev.pilothouse.schema.model.SchemaModel;
import dev.pilothouse.schema.model.Table;
import dev.pilothouse.visualizer.Corpus;
import dev.pilothouse.visualizer.SvgStructure;
import dev.pilothouse.visualizer.svg.SvgRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SchemaDiagramTest {

    static Stream<String> corpus() throws IOException {
        try (Stream<Path> files = Files.list(Corpus.VALID)) {
            return files
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".graphql"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    private static SvgStructure draw(SchemaModel model) {
        return SvgStructure.parse(SvgRenderer.withDefaultStyle()
                .render(new SchemaDiagram(Corpus.assembler()).draw(model).scene()));
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void nodeBoxesNeverOverlap(String file) {
        List<SvgStructure.NodeBox> boxes =
                new ArrayList<>(draw(Corpus.schema(file)).nodes().values());
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).box().overlaps(boxes.get(j).box()))
                        .as(
                                "%s overlaps %s in %s",
                                boxes.get(i).id(), boxes.get(j).id(), file)
                        .isFalse();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void everyRelationshipIsDrawnExactlyOnce(String file) {
        SchemaModel model = Corpus.schema(file);
        List<String> expected = new ArrayList<>();
        for (Table t : model.tables()) {
            for (Attribute a : t.attributes()) {
                if (a.relationship() != null
                        && model.table(a.relationship().targetType()).isPresent()) {
                    expected.add("rel:" + t.typeName() + "." + a.name());
                }
            }
        }
        List<String> drawn = draw(model).edges().values().stream()
                .filter(e -> e.classes().contains("edge-relationship"))
                .map(SvgStructure.EdgeLine::id)
                .toList();
        assertThat(drawn).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void theTitleCountsTablesAndTypesInPlainEnglish() {
        SchemaDiagram diagrams = new SchemaDiagram(Corpus.assembler());
        assertThat(diagrams.draw(Corpus.parse("type T @table { id: ID @primaryKey }\ntype Shape { x: Int }\n"))
                        .scene()
                        .title())
                .isEqualTo("1 table, 1 type");
        assertThat(diagrams.draw(Corpus.parse(
                                "type A @table { id: ID @primaryKey }\n" + "type B @table { id: ID @primaryKey }\n"))
                        .scene()
                        .title())
                .isEqualTo("2 tables, 0 types");
    }

    @Test
    void relationshipEdgesCarryTheirCardinality() {
        SvgStructure svg = draw(Corpus.schema("04-shop-orders.graphql"));

        assertThat(svg.edges().get("rel:Customer.orders").label()).isEqualTo("1:N");
        assertThat(svg.edges().get("rel:Order.customer").label()).isEqualTo("N:1");
        assertThat(svg.edges().get("rel:Order.customer").target()).isEqualTo("table:Customer");
        assertThat(svg.edges().get("rel:Customer.orders").classes()).contains("edge-one-to-many");
    }

    @Test
    void attributesCarryKeyIndexAndExportMarks() {
        String svg = SvgRenderer.withDefaultStyle()
                .render(new SchemaDiagram(Corpus.assembler())
                        .draw(Corpus.schema("04-shop-orders.graphql"))
                        .scene());

        assertThat(svg)
                .contains(
                        "class=\"row attribute key\" data-row=\"id\"",
                        "class=\"row attribute index\" data-row=\"email\"",
                        "class=\"node table export\" data-id=\"table:Order\"",
                        ">/orders</text>");
    }

    @Test
    void shapeTypesAreDrawnAndLinkedFromTheTablesThatNestThem() {
        SvgStructure svg = draw(Corpus.schema("04-shop-orders.graphql"));

        assertThat(svg.nodes().get("type:Address").classes()).contains("type");
        assertThat(svg.edges().get("use:Customer.billing").target()).isEqualTo("type:Address");
    }

    @Test
    void textIsEscaped() {
        SchemaModel model =
                Corpus.parse("\"\"\"a <b> & c\"\"\"\ntype T @table @export(name: \"a&b\") { id: ID @primaryKey }\n");

        String svg = SvgRenderer.withDefaultStyle()
                .render(new SchemaDiagram(Corpus.assembler()).draw(model).scene());

        assertThat(svg).contains(">/a&amp;b</text>");
        assertThat(SvgStructure.parse(svg).nodes()).containsKey("table:T");
    }
}
