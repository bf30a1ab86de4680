package dev.pilothouse.schema;

import dev.pilothouse.schema.diagnostic.Diagnostic;
import dev.pilothouse.schema.graphql.ParseLimits;
import dev.pilothouse.schema.graphql.ParsedSchema;
import dev.pilothouse.schema.graphql.SchemaSyntax;
import dev.pilothouse.schema.model.ModelBuilder;
import dev.pilothouse.schema.model.SchemaModel;
import dev.pilothouse.schema.validate.SchemaValidator;
import java.util.ArrayList;
import java.util.List;

/** Parse + model + validation of one schema text: the full check behind diagnostics and the CLI. */
public final class SchemaAnalyzer {

    private SchemaAnalyzer() {}

    public static Analysis analyze(DocumentSnapshot snapshot) {
        return analyze(snapshot, ParseLimits.DEFAULT);
    }

    public static Analysis analyze(DocumentSnapshot snapshot, ParseLimits limits) {
        ParsedSchema parsed = SchemaSyntax.parse(snapshot.text(), limits);
        SchemaModel model = ModelBuilder.build(parsed.document());
        List<Diagnostic> all = new ArrayList<>(parsed.diagnostics());
        all.addAll(SchemaValidator.validate(parsed.document(), model));
        return new Analysis(snapshot.uri(), snapshot.version(), FileKind.SCHEMA, all, parsed, model);
    }
}
