package dev.pilothouse.cli.schema;

import dev.pilothouse.schema.diagnostic.Diagnostic;
import dev.pilothouse.schema.diff.SchemaChange;
import dev.pilothouse.schema.diff.SchemaDiff;
import dev.pilothouse.schema.graphql.ParsedSchema;
import dev.pilothouse.schema.graphql.SchemaSyntax;
import dev.pilothouse.schema.model.ModelBuilder;
import dev.pilothouse.schema.model.SchemaModel;
import dev.pilothouse.workspace.Json;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code schema diff OLD NEW}: every change between two schema.graphql versions, classified safe, review or
 * breaking. Exit 0 with the changes; 2 when a file cannot be read or has a syntax error (a diff would be
 * meaningless).
 */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        description = "Compare two schema.graphql versions and classify every change.")
final class DiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Parameters(index = "0", paramLabel = "OLD", description = "The schema before the change.")
    Path oldFile;

    @Parameters(index = "1", paramLabel = "NEW", description = "The schema after the change.")
    Path newFile;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SchemaModel before;
        SchemaModel after;
        try {
            before = model(oldFile);
            after = model(newFile);
        } catch (SourceFiles.Unreadable e) {
            err.println("pilothouse schema diff: " + e.getMessage());
            err.flush();
            return 2;
        }
        List<SchemaChange> changes = SchemaDiff.diff(before, after);
        if (format == OutputFormat.JSON) {
            List<Map<String, Object>> json = new ArrayList<>();
            for (SchemaChange c : changes) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("change", c.change().label());
                m.put("table", c.table());
                m.put("attribute", c.attribute());
                m.put("classification", c.classification().label());
                m.put("code", c.code());
                m.put("message", c.message());
                json.add(m);
            }
            out.println(Json.MAPPER.writeValueAsString(json));
        } else {
            for (SchemaChange c : changes) {
                out.printf(
                        "%s %s %s%s: %s%n",
                        c.classification().label(),
                        c.code(),
                        c.table(),
                        c.attribute() == null ? "" : "." + c.attribute(),
                        c.message());
            }
        }
        out.flush();
        return 0;
    }

    private static SchemaModel model(Path file) throws SourceFiles.Unreadable {
        String text = SourceFiles.read(file);
        ParsedSchema parsed = SchemaSyntax.parse(text);
        Optional<Diagnostic> error =
                parsed.diagnostics().stream().filter(Diagnostic::isError).findFirst();
        if (error.isPresent()) {
            Diagnostic d = error.get();
            throw new SourceFiles.Unreadable(
                    file + ":" + d.range().startLine() + ":" + d.range().startColumn() + ": " + d.code() + " "
                            + d.message() + " (fix syntax errors before comparing)");
        }
        return ModelBuilder.build(parsed.document());
    }
}
