package dev.pilothouse.visualizer.schema;

import dev.pilothouse.schema.diff.Classification;
import dev.pilothouse.schema.diff.SchemaChange;
import dev.pilothouse.schema.diff.SchemaDiff;
import dev.pilothouse.schema.model.SchemaModel;
import dev.pilothouse.visualizer.diagram.Diagram;
import dev.pilothouse.visualizer.diagram.DiagramAssembler;
import dev.pilothouse.visualizer.layout.LayoutResult;
import java.util.List;

/**
 * The new schema with the changes since the old one drawn over it: added, removed (kept, struck through) and
 * changed tables and attributes, classed {@code safe}, {@code review} or {@code breaking} as {@link SchemaDiff} says.
 */
public final class DiffDiagram {

    private final DiagramAssembler assembler;

    public DiffDiagram(DiagramAssembler assembler) {
        this.assembler = assembler;
    }

    public Diagram draw(SchemaModel before, SchemaModel after) {
        return draw(before, after, LayoutResult.EMPTY);
    }

    public Diagram draw(SchemaModel before, SchemaModel after, LayoutResult previous) {
        List<SchemaChange> changes = SchemaDiff.diff(before, after);
        SchemaSpecs specs = SchemaSpecs.of(after, DiffOverlay.of(before, after, changes));
        return assembler.assemble("diff", title(changes), specs.nodes, specs.edges, previous);
    }

    private static String title(List<SchemaChange> changes) {
        if (changes.isEmpty()) {
            return "no changes";
        }
        return count(changes, Classification.BREAKING) + " breaking, " + count(changes, Classification.REVIEW)
                + " review, " + count(changes, Classification.SAFE) + " safe";
    }

    private static long count(List<SchemaChange> changes, Classification c) {
        return changes.stream().filter(x -> x.classification() == c).count();
    }
}
