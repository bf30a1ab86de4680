package dev.pilothouse.visualizer.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.visualizer.Corpus;
import dev.pilothouse.visualizer.SvgStructure;
import dev.pilothouse.visualizer.svg.SvgRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden outlines of a few corpus schemas: the SVG is parsed back and its node ids, titles, rows, edges and labels
 * compared with src/test/resources/golden (coordinates are not compared). Regenerate with -Dgolden.update=true.
 */
class SchemaGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @ParameterizedTest
    @ValueSource(strings = {"04-shop-orders", "20-relationship-patterns", "26-erp-suite", "15-enums-interfaces-unions"})
    void schemaSvgMatchesItsGoldenOutline(String name) throws IOException {
        String svg = SvgRenderer.withDefaultStyle()
                .render(new SchemaDiagram(Corpus.assembler())
                        .draw(Corpus.schema(name + ".graphql"))
                        .scene());
        String outline = SvgStructure.parse(svg).outline();
        Path golden = GOLDEN.resolve(name + ".outline");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, outline);
        }
        assertThat(outline).isEqualTo(Files.readString(golden));
    }
}
