package dev.pilothouse.schema;

import dev.pilothouse.schema.diagnostic.Diagnostic;
import dev.pilothouse.schema.model.SchemaModel;
import java.util.List;

/**
 * Rules a console adds to the language service's schema diagnostics, such as plugin lint rules. They run after the
 * built-in checks on the same snapshot and model; an implementation isolates its own failures (the plugin host
 * turns a failing rule into a warning) because the editors show whatever it returns.
 */
@FunctionalInterface
public interface ExtraSchemaRules {

    ExtraSchemaRules NONE = (snapshot, model) -> List.of();

    List<Diagnostic> check(DocumentSnapshot snapshot, SchemaModel model);
}
