package dev.pilothouse.visualizer.schema;

import dev.pilothouse.schema.diff.Classification;
import dev.pilothouse.schema.diff.SchemaChange;
import dev.pilothouse.schema.diff.SchemaDiff;
import dev.pilothouse.schema.graphql.ParsedSchema;
import dev.pilothouse.schema.graphql.SchemaSyntax;
import dev.pilothouse.schema.model.ModelBuilder;
import dev.pilothouse.schema.model.SchemaModel;
import dev.pilothouse.visualizer.diagram.Diagram;
import dev.pilothouse.visualizer.diagram.DiagramAssembler;
import dev.pilothouse.visualizer.layout.LayoutResult;
import java.util.List;
import java.util.Optional;

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

    /**
     * The change between two texts of {@code schema.graphql} ({@code before} null: the file is new). Empty when
     * either text has a syntax error: a review then shows the text diff alone rather than a wrong picture.
     */
    public Optional<Diagram> draw(String before, String after) {
        Optional<SchemaModel> old = model(before == null ? "" : before);
        Optional<SchemaModel> proposed = model(after);
        if (old.isEmpty() || proposed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(draw(old.get(), proposed.get()));
    }

    private static Optional<SchemaModel> model(String text) {
        ParsedSchema parsed = SchemaSyntax.parse(text);
        if (parsed.diagnostics().stream().anyMatch(d -> d.isError())) {
            return Optional.empty();
        }
        return Optional.of(ModelBuilder.build(parsed.document()));
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
