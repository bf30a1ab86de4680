package dev.pilothouse.visualizer.schema;

import dev.pilothouse.schema.model.SchemaModel;
import dev.pilothouse.visualizer.diagram.Diagram;
import dev.pilothouse.visualizer.diagram.DiagramAssembler;
import dev.pilothouse.visualizer.layout.LayoutResult;

/**
 * The schema as a diagram: a box per table with its attributes (type, key, index, timestamp badges), a box per
 * shape type, and an edge per relationship labelled with its cardinality.
 */
public final class SchemaDiagram {

    private final DiagramAssembler assembler;

    public SchemaDiagram(DiagramAssembler assembler) {
        this.assembler = assembler;
    }

    public Diagram draw(SchemaModel model) {
        return draw(model, LayoutResult.EMPTY);
    }

    /** Draws {@code model}, keeping boxes where {@code previous} had them when they still fit. */
    public Diagram draw(SchemaModel model, LayoutResult previous) {
        SchemaSpecs specs = SchemaSpecs.of(model, Overlay.NONE);
        String title = count(model.tables().size(), "table") + ", "
                + count(model.otherTypes().size(), "type");
        return assembler.assemble("schema", title, specs.nodes, specs.edges, previous);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
