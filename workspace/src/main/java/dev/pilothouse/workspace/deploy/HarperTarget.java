package dev.pilothouse.workspace.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pilothouse.runtime.ComponentStatus;
import dev.pilothouse.runtime.Deployer;
import dev.pilothouse.runtime.HarperClient;
import dev.pilothouse.schema.DocumentSnapshot;
import dev.pilothouse.schema.SchemaAnalyzer;
import dev.pilothouse.schema.model.SchemaModel;
import dev.pilothouse.schema.model.Table;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;

/** A Harper runtime reached through the runtime bridge; the app is deployed as component {@code project}. */
public final class HarperTarget implements RuntimeTarget {

    private final HarperClient client;
    private final Deployer deployer;
    private final String project;
    private final Duration timeout;

    public HarperTarget(HarperClient client, Deployer deployer, String project, Duration timeout) {
        this.client = client;
        this.deployer = deployer;
        this.project = project;
        this.timeout = timeout;
    }

    @Override
    public void deploy(Path appDir) {
        deployer.deploy(appDir, project, timeout);
    }

    /** The component is healthy and every exported table answers GET over REST. */
    @Override
    public void verify(Map<String, String> files) {
        ComponentStatus status = client.components().find(project)
                .orElseThrow(() -> new IllegalStateException("component '" + project + "' is not deployed"));
        if (!status.healthy()) {
            throw new IllegalStateException("component '" + project + "' is " + status.status() + ": "
                    + status.message());
        }
        SchemaModel model = SchemaAnalyzer.analyze(new DocumentSnapshot("deployed/schema.graphql", 1,
                files.getOrDefault("schema.graphql", ""))).model();
        for (Table table : model == null ? java.util.List.<Table>of() : model.tables()) {
            if (table.export() == null || !table.export().rest()) {
                continue;
            }
            String path = "/" + table.export().pathFor(table.typeName()) + "/";
            int code = client.rest().status(path);
            if (code >= 400) {
                throw new IllegalStateException("GET " + path + " answers " + code + " after the deploy");
            }
        }
    }

    @Override
    public void remove() {
        client.components().drop(project);
    }

    @Override
    public OptionalLong recordCount(String database, String table) {
        JsonNode description = client.describeTable(database, table);
        JsonNode count = description.path("record_count");
        return count.isNumber() ? OptionalLong.of(count.asLong()) : OptionalLong.empty();
    }

    @Override
    public String describe() {
        return client.endpoint().operationsUrl() + " (component " + project + ")";
    }
}
