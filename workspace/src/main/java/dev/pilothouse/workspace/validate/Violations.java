package dev.pilothouse.workspace.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pilothouse.schema.diff.ChangeKind;
import dev.pilothouse.schema.diff.SchemaChange;
import dev.pilothouse.schema.model.Attribute;
import dev.pilothouse.schema.model.SchemaModel;
import dev.pilothouse.schema.model.Table;
import dev.pilothouse.workspace.deploy.RuntimeTarget;
import java.util.List;
import java.util.Optional;

/**
 * Live evidence for attribute changes: how many stored records the new schema would not accept (a null where a
 * value becomes required, a value of another type), counted on the first {@link #SAMPLE} records.
 */
final class Violations {

    static final int SAMPLE = 10_000;

    private Violations() {}

    /** A report line for one change, or empty when the change cannot invalidate stored values. */
    static Optional<String> count(RuntimeTarget runtime, SchemaModel before, SchemaModel after, SchemaChange change) {
        if (change.attribute() == null
                || (change.change() != ChangeKind.NULLABILITY_CHANGED
                        && change.change() != ChangeKind.ATTRIBUTE_TYPE_CHANGED)) {
            return Optional.empty();
        }
        Optional<Table> oldTable = before.table(change.table());
        Optional<Attribute> attribute = after.table(change.table()).flatMap(t -> t.attribute(change.attribute()));
        if (oldTable.isEmpty() || attribute.isEmpty()) {
            return Optional.empty();
        }
        List<JsonNode> records = runtime.sample(
                oldTable.get().database(), oldTable.get().tableName(), List.of(change.attribute()), SAMPLE);
        Attribute now = attribute.get();
        long bad = records.stream()
                .filter(r -> violates(r.get(change.attribute()), now))
                .count();
        return Optional.of(change.table() + "." + change.attribute() + ": " + bad + " of " + records.size()
                + " records would violate " + (now.nonNull() ? "the required " : "the ") + now.typeName()
                + (records.size() == SAMPLE ? " (first " + SAMPLE + " scanned)" : ""));
    }

    static boolean violates(JsonNode value, Attribute attribute) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return attribute.nonNull();
        }
        if (attribute.list()) {
            return !value.isArray();
        }
        return switch (attribute.typeName()) {
            case "Int", "Long", "BigInt" -> !value.isIntegralNumber();
            case "Float" -> !value.isNumber();
            case "String", "ID" -> !value.isTextual();
            case "Boolean" -> !value.isBoolean();
            default -> false; // Date, Bytes, Any, relationships: Harper converts or stores them as given
        };
    }
}
