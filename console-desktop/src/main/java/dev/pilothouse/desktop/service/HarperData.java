package dev.pilothouse.desktop.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pilothouse.desktop.viewmodel.DataPort;
import dev.pilothouse.runtime.HarperClient;
import dev.pilothouse.runtime.HarperEndpoint;
import dev.pilothouse.runtime.LiveEvent;
import dev.pilothouse.runtime.LiveStreams;
import dev.pilothouse.runtime.SearchQuery;
import dev.pilothouse.runtime.StreamOptions;
import dev.pilothouse.workspace.Json;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Flow;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** {@link DataPort} over the operations API (describe_all, search_by_conditions, update) and WebSocket streams. */
public final class HarperData implements DataPort {

    private static final ObjectMapper JSON = Json.COMPACT;
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

    private final HarperClient client;
    private final HarperEndpoint endpoint;
    private final Supplier<Map<String, String>> exportPaths;

    /**
     * {@code exportPaths}: "database.table" to the REST path the open app's schema exports it at ({@code
     * @export(name: "depots")} is {@code /depots/}); a table the schema does not name is tried at its own name.
     */
    public HarperData(HarperClient client, HarperEndpoint endpoint, Supplier<Map<String, String>> exportPaths) {
        this.client = client;
        this.endpoint = endpoint;
        this.exportPaths = exportPaths;
    }

    @Override
    public List<TableInfo> tables() {
        List<TableInfo> out = new ArrayList<>();
        JsonNode all = client.describeAll();
        Map<String, String> paths = exportPaths.get();
        for (Iterator<Map.Entry<String, JsonNode>> dbs = all.fields(); dbs.hasNext(); ) {
            Map.Entry<String, JsonNode> db = dbs.next();
            for (Iterator<Map.Entry<String, JsonNode>> ts = db.getValue().fields(); ts.hasNext(); ) {
                JsonNode t = ts.next().getValue();
                String name = t.path("name").asText();
                Map<String, String> attributes = new LinkedHashMap<>();
                for (JsonNode a : t.path("attributes")) {
                    attributes.put(a.path("attribute").asText(), a.path("type").asText(null));
                }
                String path = paths.getOrDefault(db.getKey() + "." + name, "/" + name + "/");
                boolean exported = client.rest().status(path) / 100 == 2; // what Harper serves, not what we expect
                out.add(new TableInfo(
                        db.getKey(),
                        name,
                        t.path("hash_attribute").asText("id"),
                        attributes,
                        t.path("record_count").asLong(),
                        exported ? path : null));
            }
        }
        out.sort(java.util.Comparator.comparing(TableInfo::label));
        return out;
    }

    @Override
    public List<Map<String, Object>> page(TableInfo table, PageRequest request) {
        List<SearchQuery.Condition> conditions = request.conditions().stream()
                .map(c -> new SearchQuery.Condition(c.attribute(), c.type(), c.value()))
                .toList();
        if (conditions.isEmpty()) {
            return all(table, request); // Harper 4.7 answers 400 to search_by_conditions without conditions
        }
        SearchQuery query = new SearchQuery(
                table.database(),
                table.name(),
                request.operator(),
                conditions,
                request.sortAttribute(),
                request.descending(),
                request.offset(),
                request.limit(),
                List.of("*"));
        return client.searchByConditions(query).stream()
                .map(n -> JSON.convertValue(n, MAP))
                .map(m -> (Map<String, Object>) m)
                .toList();
    }

    /** An unfiltered page through SQL; names come from describe_all and are checked before use. */
    private List<Map<String, Object>> all(TableInfo table, PageRequest request) {
        StringBuilder sql = new StringBuilder("SELECT * FROM ")
                .append(name(table.database()))
                .append('.')
                .append(name(table.name()));
        if (request.sortAttribute() != null) {
            sql.append(" ORDER BY ")
                    .append(name(request.sortAttribute()))
                    .append(request.descending() ? " DESC" : " ASC");
        }
        sql.append(" LIMIT ").append(request.limit()).append(" OFFSET ").append(request.offset());
        return client.sql(sql.toString()).stream()
                .map(n -> (Map<String, Object>) JSON.convertValue(n, MAP))
                .toList();
    }

    private static String name(String identifier) {
        if (!identifier.matches("[A-Za-z_][A-Za-z0-9_$]*")) {
            throw new IllegalArgumentException("Not a plain identifier: " + identifier);
        }
        return identifier;
    }

    @Override
    public void update(TableInfo table, Object id, Map<String, Object> changes) {
        Map<String, Object> record = new LinkedHashMap<>(changes);
        record.put(table.primaryKey(), id);
        client.update(table.database(), table.name(), List.of(record));
    }

    @Override
    public AutoCloseable subscribe(TableInfo table, Consumer<RowChange> changes) {
        return new LiveStreams(endpoint)
                .webSocket(table.restPath(), StreamOptions.DEFAULTS, new Flow.Subscriber<LiveEvent>() {
                    @Override
                    public void onSubscribe(Flow.Subscription subscription) {
                        subscription.request(Long.MAX_VALUE);
                    }

                    @Override
                    public void onNext(LiveEvent event) {
                        if (event instanceof LiveEvent.Change c && !c.replay() && c.kind() != LiveEvent.Kind.MESSAGE) {
                            changes.accept(new RowChange(
                                    c.id(),
                                    c.value() == null || c.value().isNull()
                                            ? null
                                            : JSON.convertValue(c.value(), MAP)));
                        }
                    }

                    @Override
                    public void onError(Throwable throwable) {
                        // the stream reconnects by itself; gaps are shown in the live view
                    }

                    @Override
                    public void onComplete() {}
                });
    }
}
