package dev.pilothouse.schema.harper;

import static dev.pilothouse.schema.harper.DirectiveSpec.Location.FIELD;
import static dev.pilothouse.schema.harper.DirectiveSpec.Location.TYPE;

import dev.pilothouse.schema.harper.DirectiveSpec.ArgSpec;
import dev.pilothouse.schema.harper.DirectiveSpec.Location;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The directives Harper 4.7 understands in schema.graphql (docs/harper-schema.md lists the sources). */
public final class HarperDirectives {

    private static final Map<String, DirectiveSpec> ALL = new LinkedHashMap<>();

    static {
        add(
                "table",
                TYPE,
                false,
                "Store this type as a table.",
                opt("table", ArgType.STRING, "Table name (default: the type name)"),
                opt("database", ArgType.STRING, "Database (default: data)"),
                opt("schema", ArgType.STRING, "Alias of database"),
                opt("expiration", ArgType.INT, "Seconds until records expire"),
                opt("eviction", ArgType.INT, "Seconds after expiry before removal"),
                opt("scanInterval", ArgType.INT, "Seconds between expiry scans"),
                opt("audit", ArgType.BOOLEAN, "Keep an audit log for this table"),
                opt("replicate", ArgType.BOOLEAN, "false keeps the table local in a replicated database"));
        add(
                "export",
                TYPE,
                false,
                "Serve the table over REST, WebSocket, SSE and MQTT.",
                opt("name", ArgType.STRING, "URL path segment and MQTT topic root"),
                opt("rest", ArgType.BOOLEAN, "Serve over REST/WebSocket/SSE (default true)"),
                opt("mqtt", ArgType.BOOLEAN, "Serve over MQTT (default true)"),
                opt("sse", ArgType.BOOLEAN, "Serve Server-Sent Events (default true)"),
                opt("ws", ArgType.BOOLEAN, "Serve WebSocket subscriptions (default true)"),
                opt("graphql", ArgType.BOOLEAN, "Expose through the /graphql endpoint"));
        add("sealed", TYPE, false, "Reject properties that are not declared.");
        add("splitSegments", TYPE, false, "Split slash-separated ids into path segments.");
        add("primaryKey", FIELD, false, "The table's primary key (exactly one per table).");
        add(
                "indexed",
                FIELD,
                false,
                "Maintain a secondary index on this attribute.",
                opt("type", ArgType.STRING, "Index type: omit for a standard index, \"HNSW\" for vectors"),
                opt("distance", ArgType.STRING, "HNSW distance: \"cosine\" (default) or \"euclidean\""),
                opt("efConstruction", ArgType.INT, "HNSW build-time candidate list size (default 100)"),
                opt("M", ArgType.INT, "HNSW connections per node (default 16)"),
                opt("optimizeRouting", ArgType.FLOAT, "HNSW routing optimisation (default 0.5)"),
                opt("mL", ArgType.FLOAT, "HNSW level multiplier (default 1/ln M)"),
                opt("efConstructionSearch", ArgType.INT, "HNSW search candidate list size (default 50)"));
        add(
                "computed",
                FIELD,
                false,
                "A derived attribute that is not stored.",
                opt("from", ArgType.STRING, "JavaScript expression over the record's attributes"),
                opt("version", ArgType.INT, "Bump when the computing function changes"));
        add(
                "relationship",
                FIELD,
                false,
                "Join to another table through a foreign key.",
                opt("from", ArgType.STRING, "Foreign-key attribute of this table"),
                opt("to", ArgType.STRING, "Attribute of the target table that refers back here"),
                opt("filterMissing", ArgType.BOOLEAN, "Drop targets that do not exist from the list"));
        add("createdTime", FIELD, false, "Harper sets the creation time (epoch ms) on insert.");
        add("updatedTime", FIELD, false, "Harper sets the time of every write (epoch ms).");
        add("expiresAt", FIELD, false, "Holds the record's own expiry time.");
        add("enumerable", FIELD, false, "Include a computed attribute in serialized records.");
        // Not repeatable: each @allow replaces the role list; several roles go in one @allow(role: "a", role: "b").
        add(
                "allow",
                FIELD,
                false,
                "Only these roles may access the attribute.",
                new ArgSpec("role", ArgType.STRING, true, "Role name"));
        add(
                "deprecated",
                FIELD,
                false,
                "GraphQL: marks a field as deprecated.",
                opt("reason", ArgType.STRING, "Why, and what to use instead"));
    }

    private HarperDirectives() {}

    public static Optional<DirectiveSpec> get(String name) {
        return Optional.ofNullable(ALL.get(name));
    }

    public static List<DirectiveSpec> all() {
        return List.copyOf(ALL.values());
    }

    public static List<DirectiveSpec> at(Location location) {
        return ALL.values().stream().filter(d -> d.location() == location).toList();
    }

    private static void add(String name, Location location, boolean repeatable, String doc, ArgSpec... args) {
        ALL.put(name, new DirectiveSpec(name, location, List.of(args), repeatable, doc));
    }

    private static ArgSpec opt(String name, ArgType type, String doc) {
        return new ArgSpec(name, type, false, doc);
    }
}
