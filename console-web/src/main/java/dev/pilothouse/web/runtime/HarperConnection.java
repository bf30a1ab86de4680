package dev.pilothouse.web.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pilothouse.runtime.Attach;
import dev.pilothouse.runtime.HarperClient;
import dev.pilothouse.runtime.HarperEndpoint;
import dev.pilothouse.runtime.LiveEvent;
import dev.pilothouse.runtime.LiveStream;
import dev.pilothouse.runtime.LiveStreams;
import dev.pilothouse.runtime.StreamOptions;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Flow;

/** The Harper the console shows, if any: tables, rows and live streams through the runtime bridge. */
public final class HarperConnection {

    /** One table as {@code describe_all} reports it. */
    public record TableRef(String database, String table, String primaryKey, List<String> attributes) {
        public String label() {
            return database + "." + table;
        }
    }

    private final Optional<HarperEndpoint> endpoint;
    private volatile HarperClient client;

    public HarperConnection(Optional<HarperEndpoint> endpoint) {
        this.endpoint = endpoint;
    }

    public Optional<HarperEndpoint> endpoint() {
        return endpoint;
    }

    /** The client, attached (version-checked) on first use. */
    public synchronized Optional<HarperClient> client() {
        if (client == null && endpoint.isPresent()) {
            client = Attach.attach(endpoint.get());
        }
        return Optional.ofNullable(client);
    }

    public List<TableRef> tables() {
        List<TableRef> tables = new ArrayList<>();
        client().ifPresent(c -> {
            JsonNode all = c.describeAll();
            for (Iterator<Map.Entry<String, JsonNode>> dbs = all.fields(); dbs.hasNext(); ) {
                Map.Entry<String, JsonNode> db = dbs.next();
                for (Iterator<Map.Entry<String, JsonNode>> ts = db.getValue().fields(); ts.hasNext(); ) {
                    JsonNode t = ts.next().getValue();
                    List<String> attributes = new ArrayList<>();
                    t.path("attributes")
                            .forEach(a -> attributes.add(a.path("attribute").asText()));
                    tables.add(new TableRef(
                            db.getKey(),
                            t.path("name").asText(),
                            t.path("hash_attribute").asText("id"),
                            attributes));
                }
            }
        });
        return tables;
    }

    /** The first {@code limit} rows of a table. */
    public List<JsonNode> rows(TableRef table, int limit) {
        return client().map(
                        c -> c.sql("SELECT * FROM `" + table.database() + "`.`" + table.table() + "` LIMIT " + limit))
                .orElse(List.of());
    }

    /** Subscribes to every change of a table at its own name's REST path. */
    public LiveStream subscribe(TableRef table, Flow.Subscriber<? super LiveEvent> subscriber) {
        return subscribe("/" + table.table() + "/", subscriber);
    }

    /** Subscribes to every change of a table at its REST path ({@code /Name/}, or its export name's). */
    public LiveStream subscribe(String path, Flow.Subscriber<? super LiveEvent> subscriber) {
        HarperEndpoint e = endpoint.orElseThrow(() -> new IllegalStateException("no Harper attached"));
        return new LiveStreams(e).webSocket(path, StreamOptions.DEFAULTS, subscriber);
    }
}
