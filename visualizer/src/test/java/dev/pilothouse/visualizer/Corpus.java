package dev.pilothouse.visualizer;

import dev.pilothouse.schema.graphql.SchemaSyntax;
import dev.pilothouse.schema.model.ModelBuilder;
import dev.pilothouse.schema.model.SchemaModel;
import dev.pilothouse.visualizer.diagram.DiagramAssembler;
import dev.pilothouse.visualizer.layout.Layouter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Schemas from the schema editor's corpus, read from the file system, and a ready assembler. */
public final class Corpus {

    public static final Path VALID = Path.of("../schema-editor/src/test/resources/corpus/valid");

    private Corpus() {}

    public static SchemaModel schema(String file) {
        try {
            return parse(Files.readString(VALID.resolve(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SchemaModel parse(String text) {
        return ModelBuilder.build(SchemaSyntax.parse(text).document());
    }

    public static DiagramAssembler assembler() {
        return new DiagramAssembler(new Layouter(Runnable::run, 16));
    }
}
