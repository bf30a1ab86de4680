package dev.pilothouse.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.desktop.service.ExportPaths;
import dev.pilothouse.desktop.service.HarperData;
import dev.pilothouse.desktop.viewmodel.DataPort;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table exported under another name, in a database of its own, is found at the path its schema gives, and the
 * data browser's subscription to it receives what is written from outside (on a real Harper).
 */
class ExportNameIT {

    @TempDir
    Path app;

    @Test
    void aTableExportedUnderAnotherNameIsExportedAndStreamsItsChanges() throws Exception {
        Files.writeString(
                app.resolve("schema.graphql"),
                "type Depot @table(database: \"fleet\")"
                        + " @export(name: \"depots\") {\n  id: ID @primaryKey\n  city: String\n}\n");
        Files.writeString(app.resolve("config.yaml"), "rest: true\ngraphqlSchema:\n  files: 'schema.graphql'\n");
        Files.writeString(app.resolve("resources.js"), "export {};\n");
        DesktopHarper.deploy(app, "fleet");
        var connection = DesktopHarper.connection();
        HarperData data = new HarperData(connection.client(), connection.endpoint(), () -> ExportPaths.in(app));

        DataPort.TableInfo depot = data.tables().stream()
                .filter(t -> t.label().equals("fleet.Depot"))
                .findFirst()
                .orElseThrow();
        assertThat(depot.exported()).as("served at its export name").isTrue();
        assertThat(depot.restPath()).isEqualTo("/depots/");

        List<DataPort.RowChange> seen = new CopyOnWriteArrayList<>();
        try (AutoCloseable subscription = data.subscribe(depot, seen::add)) {
            Thread.sleep(500); // the subscription's replay passes first
            DesktopHarper.client().upsert("fleet", "Depot", List.of(Map.of("id", "d1", "city", "Rotterdam")));
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
            while (seen.stream()
                            .noneMatch(c -> "d1".equals(c.id())
                                    && "Rotterdam".equals(c.value().get("city")))
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(seen)
                    .as("the write arrives live")
                    .anyMatch(c ->
                            "d1".equals(c.id()) && "Rotterdam".equals(c.value().get("city")));
        }
    }
}
