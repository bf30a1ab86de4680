package dev.pilothouse.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.testsupport.ModuleGraph.Edge;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module drawing of docs/architecture.md and the reactor's pom files say the same thing. */
class ModuleLayeringTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static ModuleGraph poms;
    private static DrawnModuleGraph drawing;

    @BeforeAll
    static void read() {
        poms = ModuleGraph.read(ROOT);
        drawing = DrawnModuleGraph.read(ROOT.resolve("docs/architecture.md"));
    }

    @Test
    void everyCompileDependencyIsDrawnAsAnAllowedEdge() {
        assertThat(poms.compile())
                .as("module edges in the pom files that docs/architecture.md does not allow")
                .isSubsetOf(drawing.solid());
    }

    @Test
    void everyRuntimeDependencyIsDrawn() {
        Set<Edge> drawn = new LinkedHashSet<>(drawing.solid());
        drawn.addAll(drawing.dotted());
        assertThat(poms.runtime())
                .as("run-time module edges not drawn in docs/architecture.md")
                .isSubsetOf(drawn);
    }

    @Test
    void everyDrawnEdgeExists() {
        assertThat(drawing.solid())
                .as("edges drawn in docs/architecture.md that no pom declares")
                .isSubsetOf(poms.compile());
    }

    @Test
    void everyModuleIsDrawn() {
        Set<String> modules = new LinkedHashSet<>(poms.modules());
        modules.remove("plugins"); // the aggregator of the three plugin modules, no code of its own
        assertThat(drawing.modules()).containsAll(modules);
    }

    @Test
    void theDrawingIsReadAtAll() {
        // guards the parser: an unreadable drawing would make the subset checks above pass vacuously
        assertThat(drawing.solid()).hasSizeGreaterThan(10);
        assertThat(poms.compile()).hasSizeGreaterThan(10);
    }
}
