package dev.pilothouse.agent.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pilothouse.schema.model.SchemaModel;
import dev.pilothouse.schema.model.Table;
import dev.pilothouse.workspace.Json;
import dev.pilothouse.workspace.Refusal;
import dev.pilothouse.workspace.policy.Policy;
import dev.pilothouse.workspace.policy.Protection;
import java.util.Map;
import java.util.Set;

/**
 * The data boundary shared by the tools that read records: only tables of the app's schema, never a protected
 * table, and protected attributes replaced before anything leaves the gateway.
 */
final class Tables {

    static final String REDACTED = ToolCatalog.REDACTED;
    static final String PROTECTED_TABLE = "protected-table";
    private static final ObjectMapper JSON = Json.COMPACT;

    private Tables() {}

    /**
     * The app table named by type or table name; system tables and other apps' tables are unknown here, and a table
     * the policy protects (by name or by marker) is refused.
     */
    static Table resolve(SchemaModel model, Policy policy, String name) {
        Table table = model.tables().stream()
                .filter(t -> t.typeName().equals(name) || t.tableName().equals(name))
                .findFirst()
                .orElseThrow(() -> new Refusal(
                        "unknown-table",
                        "'" + name + "' is not a table of this app's schema;" + " tables: "
                                + model.tables().stream().map(Table::typeName).toList()));
        new Protection(policy).table(table).ifPresent(why -> {
            throw new Refusal(
                    PROTECTED_TABLE, "table " + table.typeName() + " is " + why + "; agents cannot read its records");
        });
        return table;
    }

    /** The attribute names of a table that policy protects, by name or by marker. */
    static Set<String> protectedAttributes(Policy policy, Table table) {
        return new Protection(policy).attributes(table);
    }

    /** A record as plain JSON values with protected attributes replaced. */
    static Object redact(JsonNode record, Set<String> hidden) {
        if (record instanceof ObjectNode object) {
            ObjectNode copy = object.deepCopy();
            hidden.stream().filter(copy::has).forEach(h -> copy.put(h, REDACTED));
            return JSON.convertValue(copy, Map.class);
        }
        return record == null || record.isNull() ? null : JSON.convertValue(record, Object.class);
    }
}
