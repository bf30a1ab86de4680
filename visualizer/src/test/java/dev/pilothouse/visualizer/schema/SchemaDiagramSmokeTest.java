package dev.pilothouse.visualizer.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.visualizer.Corpus;
import dev.pilothouse.visualizer.diagram.Diagram;
import dev.pilothouse.visualizer.svg.SvgRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SchemaDiagramSmokeTest {

    @Test
    void drawsShopOrders() throws Exception {
        Diagram d = new SchemaDiagram(Corpus.assembler()).draw(Corpus.schema("04-shop-orders.graphql"));
        String svg = SvgRenderer.withDefaultStyle().render(d.scene());
        Files.writeString(Path.of("target/smoke.svg"), svg);
        assertThat(d.scene().nodes()).hasSize(5);
    }
}
