package dev.pilothouse.schema.validate;

import dev.pilothouse.schema.ast.Document;
import dev.pilothouse.schema.diagnostic.Diagnostic;
import dev.pilothouse.schema.model.SchemaModel;
import java.util.Comparator;
import java.util.List;

/** Checks a schema the way Harper would use it, and past Harper: what it silently accepts and then gets wrong. */
public final class SchemaValidator {

    private SchemaValidator() {}

    public static List<Diagnostic> validate(Document document, SchemaModel model) {
        SchemaIndex index = new SchemaIndex(document, model);
        Report report = new Report();
        new TypeRules(index, report).check();
        new DirectiveRules(index, report).check();
        new TableRules(index, report).check();
        new AttributeRules(index, report).check();
        return report.diagnostics().stream()
                .sorted(Comparator.comparingInt((Diagnostic d) -> d.range().start())
                        .thenComparing(Diagnostic::code))
                .toList();
    }
}
