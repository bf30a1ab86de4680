package dev.pilothouse.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pilothouse.runtime.internal.HttpTransport;
import dev.pilothouse.runtime.internal.JsonLists;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Typed client for one node's operations API ({@code POST /} with JSON). Data operations live here; components,
 * cluster, admin and REST calls are grouped in {@link #components()}, {@link #cluster()}, {@link #admin()} and
 * {@link #rest()}. Thread-safe.
 */
public final class HarperClient {

    /** System property for the largest answer read from Harper, in bytes (default {@value #DEFAULT_MAX_RESPONSE}). */
    public static final String MAX_RESPONSE_PROPERTY = "pilothouse.harper.maxResponseBytes";
    /** 64 MiB: far above any paged read or deploy answer, far below what would exhaust the console's heap. */
    public static final long DEFAULT_MAX_RESPONSE = 64L * 1024 * 1024;

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(90);

    private final HarperEndpoint endpoint;
    private final HttpTransport transport;

    public HarperClient(HarperEndpoint endpoint) {
        this(endpoint, HttpTransport.defaultClient());
    }

    public HarperClient(HarperEndpoint endpoint, HttpClient http) {
        this(endpoint, http, Long.getLong(MAX_RESPONSE_PROPERTY, DEFAULT_MAX_RESPONSE));
    }

    /** {@code maxResponseBytes}: a longer answer fails with {@link ResponseTooLargeException}, unread. */
    public HarperClient(HarperEndpoint endpoint, HttpClient http, long maxResponseBytes) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.transport = new HttpTransport(http, maxResponseBytes);
    }

    public HarperEndpoint endpoint() {
        return endpoint;
    }

    /** Sends any operation; {@code fields} are added beside {@code "operation"}. Returns the parsed answer. */
    public JsonNode call(String operation, Map<String, ?> fields) {
        ObjectNode body = HttpTransport.JSON.createObjectNode().put("operation", operation);
        fields.forEach((key, value) -> body.set(key, HttpTransport.JSON.valueToTree(value)));
        return call(body, DEFAULT_TIMEOUT);
    }

    /** Sends a prepared body (must hold {@code "operation"}). */
    public JsonNode call(ObjectNode body, Duration timeout) {
        String operation = body.path("operation").asText("?");
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint.operationsUrl())
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Authorization", endpoint.credentials().authorizationHeader())
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        endpoint.headers().forEach(builder::header); // a connector's extra headers
        HttpRequest request = builder.build();
        return transport.check(transport.send(request, operation), operation, endpoint.operationsUrl());
    }

    HttpTransport transport() {
        return transport;
    }

    public ComponentsApi components() {
        return new ComponentsApi(this);
    }

    public ClusterApi cluster() {
        return new ClusterApi(this);
    }

    public AdminApi admin() {
        return new AdminApi(this);
    }

    public RestApi rest() {
        return new RestApi(endpoint, transport);
    }

    /** The server's version from {@code registration_info} (e.g. "4.7.29"). */
    public String version() {
        return call("registration_info", Map.of()).path("version").asText("");
    }

    public JsonNode userInfo() {
        return call("user_info", Map.of());
    }

    /** Issues tokens for the given user (no Authorization header needed by Harper). */
    public Tokens createAuthenticationTokens(String username, String password) {
        JsonNode answer = call("create_authentication_tokens", Map.of("username", username, "password", password));
        return new Tokens(
                answer.path("operation_token").asText(),
                answer.path("refresh_token").asText());
    }

    public JsonNode describeAll() {
        return call("describe_all", Map.of());
    }

    public JsonNode describeTable(String database, String table) {
        return call("describe_table", Map.of("database", database, "table", table));
    }

    public JsonNode createDatabase(String database) {
        return call("create_database", Map.of("database", database));
    }

    public JsonNode createTable(String database, String table, String primaryKey) {
        return call("create_table", Map.of("database", database, "table", table, "primary_key", primaryKey));
    }

    public JsonNode dropTable(String database, String table) {
        return call("drop_table", Map.of("database", database, "table", table));
    }

    public List<JsonNode> searchByConditions(SearchQuery query) {
        ObjectNode body = HttpTransport.JSON
                .createObjectNode()
                .put("operation", "search_by_conditions")
                .put("database", query.database())
                .put("table", query.table())
                .put("operator", query.operator())
                .put("offset", query.offset())
                .put("limit", query.limit());
        body.set("get_attributes", HttpTransport.JSON.valueToTree(query.attributes()));
        ArrayNode conditions = body.putArray("conditions");
        for (SearchQuery.Condition c : query.conditions()) {
            conditions
                    .addObject()
                    .put("search_attribute", c.attribute())
                    .put("search_type", c.type())
                    .set("search_value", HttpTransport.JSON.valueToTree(c.value()));
        }
        if (query.sortAttribute() != null) {
            body.putObject("sort").put("attribute", query.sortAttribute()).put("descending", query.descending());
        }
        return JsonLists.elements(call(body, DEFAULT_TIMEOUT));
    }

    public List<JsonNode> searchById(String database, String table, List<?> ids) {
        return JsonLists.elements(call(
                "search_by_id",
                Map.of("database", database, "table", table, "ids", ids, "get_attributes", List.of("*"))));
    }

    public List<JsonNode> sql(String statement) {
        return JsonLists.elements(call("sql", Map.of("sql", statement)));
    }

    public WriteResult insert(String database, String table, List<?> records) {
        return write("insert", database, table, "records", records);
    }

    public WriteResult upsert(String database, String table, List<?> records) {
        return write("upsert", database, table, "records", records);
    }

    public WriteResult update(String database, String table, List<?> records) {
        return write("update", database, table, "records", records);
    }

    public WriteResult delete(String database, String table, List<?> ids) {
        return write("delete", database, table, "ids", ids);
    }

    private WriteResult write(String operation, String database, String table, String key, List<?> values) {
        JsonNode answer = call(operation, Map.of("database", database, "table", table, key, values));
        JsonNode written = answer.has("inserted_hashes")
                ? answer.get("inserted_hashes")
                : answer.has("upserted_hashes")
                        ? answer.get("upserted_hashes")
                        : answer.has("update_hashes") ? answer.get("update_hashes") : answer.path("deleted_hashes");
        return new WriteResult(
                answer.path("message").asText(),
                JsonLists.plain(written),
                JsonLists.plain(answer.path("skipped_hashes")));
    }

    /** The table's audit log. Harper wants the legacy {@code schema} key here ({@code database} gives a 500). */
    public List<AuditEntry> readAuditLog(String database, String table) {
        return JsonLists.auditEntries(call("read_audit_log", Map.of("schema", database, "table", table)));
    }

    public List<AuditEntry> readTransactionLog(String database, String table, double from, int limit) {
        return JsonLists.auditEntries(
                call("read_transaction_log", Map.of("schema", database, "table", table, "from", from, "limit", limit)));
    }
}
