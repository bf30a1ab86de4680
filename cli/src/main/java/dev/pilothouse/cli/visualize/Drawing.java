package dev.pilothouse.cli.visualize;

import dev.pilothouse.schema.graphql.ParsedSchema;
import dev.pilothouse.schema.graphql.SchemaSyntax;
import dev.pilothouse.schema.model.ModelBuilder;
import dev.pilothouse.schema.model.SchemaModel;
import dev.pilothouse.visualizer.diagram.DiagramAssembler;
import dev.pilothouse.visualizer.layout.Layouter;
import dev.pilothouse.visualizer.scene.Scene;
import dev.pilothouse.visualizer.svg.SvgRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the visualize commands share: reading schemas, one layouter on the calling thread, writing SVG. */
final class Drawing {

    /** A usage problem (exit 2) with a message naming the file. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message);
        }
    }

    private Drawing() {}

    static DiagramAssembler assembler() {
        return new DiagramAssembler(new Layouter(Runnable::run, 4));
    }

    static SchemaModel schema(Path file) throws Failure {
        String text;
        try {
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Failure(file + ": cannot read (" + e.getMessage() + ")");
        }
        ParsedSchema parsed = SchemaSyntax.parse(text);
        var error = parsed.diagnostics().stream().filter(d -> d.isError()).findFirst();
        if (error.isPresent()) {
            var d = error.get();
            throw new Failure(
                    file + ":" + d.range().startLine() + ":" + d.range().startColumn() + ": " + d.code() + " "
                            + d.message() + " (fix syntax errors before drawing)");
        }
        return ModelBuilder.build(parsed.document());
    }

    static void write(Scene scene, Path out) throws Failure {
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(out, SvgRenderer.withDefaultStyle().render(scene));
        } catch (IOException e) {
            throw new Failure(out + ": cannot write (" + e.getMessage() + ")");
        }
    }
}
