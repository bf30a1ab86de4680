package dev.pilothouse.plugin.bundled.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pilothouse.plugin.api.AttributeView;
import dev.pilothouse.plugin.api.SchemaView;
import dev.pilothouse.plugin.api.TableView;

/**
 * The two REST paths of one exported table, with the behaviour measured on Harper 4.7 (harper-live.md §2): PUT
 * replaces and PATCH merges (204), POST answers 201 with the new id, DELETE answers 200 {@code true} even for a
 * missing id, a collection GET takes FIQL conditions per attribute plus select(), sort() and limit().
 */
final class RestPaths {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final TableView table;
    private final SchemaView schema;
    private final String ref;

    RestPaths(TableView table, SchemaView schema) {
        this.table = table;
        this.schema = schema;
        this.ref = "#/components/schemas/" + table.name();
    }

    ObjectNode collection() {
        ObjectNode path = JSON.objectNode();
        ObjectNode get = operation(
                path,
                "get",
                "query" + table.name(),
                "Query " + table.name() + " records",
                "Conditions are FIQL: attr=value, attr=gt=10 (lt, ge, le, ne, ct, sw), | for OR, parentheses to"
                        + " group. Add select(a,b), sort(+a,-b) (indexed attributes) and limit(end) or"
                        + " limit(start,end), a slice. A single-field select returns bare values.");
        ArrayNode parameters = get.putArray("parameters");
        for (AttributeView a : table.attributes()) {
            if (a.stored()) {
                parameters
                        .addObject()
                        .put("name", a.name())
                        .put("in", "query")
                        .put("required", false)
                        .put(
                                "description",
                                "condition on " + a.name()
                                        + (a.indexed() || a.primaryKey()
                                                ? ""
                                                : " (not indexed: only as a filter next to an indexed condition)"))
                        .putObject("schema")
                        .put("type", "string");
            }
        }
        ObjectNode ok = response(get, "200", "the matching records, in primary-key order unless sorted");
        ok.putObject("content")
                .putObject("application/json")
                .putObject("schema")
                .put("type", "array")
                .putObject("items")
                .put("$ref", ref);
        error(get, "404", "an unknown attribute, or a sort on a non-indexed attribute alone");
        ObjectNode post = operation(
                path,
                "post",
                "create" + table.name(),
                "Create a " + table.name() + " record with a generated primary key",
                null);
        body(post);
        ObjectNode created = response(post, "201", "created; the body and the Location header carry the new id");
        created.putObject("headers").putObject("Location").putObject("schema").put("type", "string");
        created.putObject("content").putObject("application/json").set("schema", idSchema());
        error(post, "400", "a value of the wrong type");
        return path;
    }

    ObjectNode record() {
        ObjectNode path = JSON.objectNode();
        ObjectNode idParam = path.putArray("parameters")
                .addObject()
                .put("name", "id")
                .put("in", "path")
                .put("required", true)
                .put(
                        "description",
                        "the primary key"
                                + table.primaryKey()
                                        .map(pk -> " (" + pk.name() + ")")
                                        .orElse(""));
        idParam.set("schema", idSchema());
        ObjectNode get = operation(path, "get", "get" + table.name(), "Read one " + table.name() + " record", null);
        ObjectNode ok = response(get, "200", "the record (ETag header; If-None-Match answers 304)");
        ok.putObject("content")
                .putObject("application/json")
                .putObject("schema")
                .put("$ref", ref);
        response(get, "304", "not modified since the ETag given in If-None-Match");
        response(get, "404", "no record with this id");
        ObjectNode put = operation(
                path,
                "put",
                "put" + table.name(),
                "Create or replace the whole record",
                "The URL's id wins over an id in the body; attributes left out are removed.");
        body(put);
        response(put, "204", "stored");
        error(put, "400", "a value of the wrong type");
        ObjectNode patch = operation(path, "patch", "patch" + table.name(), "Merge attributes into the record", null);
        body(patch);
        response(patch, "204", "merged");
        error(patch, "400", "a value of the wrong type");
        ObjectNode delete = operation(
                path,
                "delete",
                "delete" + table.name(),
                "Delete the record",
                "Answers true whether or not the record existed.");
        response(delete, "200", "deleted")
                .putObject("content")
                .putObject("application/json")
                .putObject("schema")
                .put("type", "boolean");
        return path;
    }

    private ObjectNode idSchema() {
        return table.primaryKey()
                .map(pk -> TypeSchemas.scalar(pk.type(), schema))
                .orElseGet(() -> JSON.objectNode().put("type", "string"));
    }

    private ObjectNode operation(ObjectNode path, String method, String id, String summary, String description) {
        ObjectNode op = path.putObject(method).put("operationId", id).put("summary", summary);
        if (description != null) {
            op.put("description", description);
        }
        op.putArray("tags").add(table.name());
        op.putObject("responses");
        error(op, "401", "missing or wrong credentials");
        return op;
    }

    private void body(ObjectNode op) {
        op.putObject("requestBody")
                .put("required", true)
                .putObject("content")
                .putObject("application/json")
                .putObject("schema")
                .put("$ref", ref);
    }

    private static ObjectNode response(ObjectNode op, String status, String description) {
        return ((ObjectNode) op.get("responses")).putObject(status).put("description", description);
    }

    private static void error(ObjectNode op, String status, String description) {
        response(op, status, description)
                .putObject("content")
                .putObject("application/json")
                .putObject("schema")
                .put("$ref", "#/components/schemas/Error");
    }
}
