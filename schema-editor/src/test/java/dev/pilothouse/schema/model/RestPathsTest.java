package dev.pilothouse.schema.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.schema.DocumentSnapshot;
import dev.pilothouse.schema.SchemaAnalyzer;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RestPathsTest {

    @Test
    void eachExportedTableIsServedAtItsExportNameInSchemaOrder() {
        SchemaModel model = SchemaAnalyzer.analyze(new DocumentSnapshot(
                        "schema.graphql",
                        1,
                        "type Van @table(database: \"fleet\") @export {\n  id: ID @primaryKey\n}\n"
                                + "type Depot @table(database: \"fleet\") @export(name: \"depots\") {\n  id: ID @primaryKey\n}\n"
                                + "type Note @table {\n  id: ID @primaryKey\n}\n"
                                + "type Feed @table @export(rest: false) {\n  id: ID @primaryKey\n}\n"))
                .model();

        assertThat(model.restPaths())
                .containsExactly(Map.entry("fleet.Van", "/Van/"), Map.entry("fleet.Depot", "/depots/"));
        assertThat(SchemaModel.EMPTY.restPaths()).isEmpty();
    }
}
