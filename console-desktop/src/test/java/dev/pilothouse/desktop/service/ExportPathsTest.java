package dev.pilothouse.desktop.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportPathsTest {

    @TempDir
    Path app;

    @Test
    void eachExportedTableIsFoundAtItsExportNameInItsDatabase() throws Exception {
        Files.writeString(
                app.resolve("schema.graphql"),
                "type Van @table(database: \"fleet\") @export {\n"
                        + "  id: ID @primaryKey\n}\ntype Depot @table(database: \"fleet\") @export(name: \"depots\") {\n"
                        + "  id: ID @primaryKey\n}\ntype Note @table {\n  id: ID @primaryKey\n}\n");

        assertThat(ExportPaths.in(app))
                .containsExactly(
                        java.util.Map.entry("fleet.Van", "/Van/"), java.util.Map.entry("fleet.Depot", "/depots/"));
        assertThat(ExportPaths.in(app.resolve("absent"))).isEmpty();
        assertThat(ExportPaths.in(null)).isEmpty();
    }
}
