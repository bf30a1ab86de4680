package dev.pilothouse.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.schema.diagnostic.Diagnostic;
import dev.pilothouse.schema.diagnostic.Severity;
import dev.pilothouse.schema.text.LineMap;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ExtraSchemaRulesTest {

    private static final String SCHEMA = "type product @table {\n  id: ID @primaryKey\n}\n";

    @Test
    void extraRulesJoinTheSchemaDiagnosticsWithTheModelOfTheSameSnapshot() {
        LanguageService service = new LanguageService((snapshot, model) -> List.of(new Diagnostic(
                "X001",
                Severity.WARNING,
                LineMap.of(snapshot.text()).range(5, 12),
                model.tables().size() + " table(s), first "
                        + model.tables().get(0).typeName())));

        Analysis analysis = service.analyze(new DocumentSnapshot("schema.graphql", 1, SCHEMA));

        assertThat(analysis.diagnostics()).extracting(Diagnostic::code).contains("X001");
        assertThat(analysis.diagnostics())
                .filteredOn(d -> d.code().equals("X001"))
                .singleElement()
                .satisfies(d -> assertThat(d.message()).isEqualTo("1 table(s), first product"));
    }

    @Test
    void extraRulesRunForSchemaFilesOnlyAndOncePerVersion() {
        AtomicInteger runs = new AtomicInteger();
        LanguageService service = new LanguageService((snapshot, model) -> {
            runs.incrementAndGet();
            return List.of();
        });
        service.analyze(new DocumentSnapshot("schema.graphql", 1, SCHEMA));
        service.analyze(new DocumentSnapshot("schema.graphql", 1, SCHEMA));
        service.analyze(new DocumentSnapshot("config.yaml", 1, "graphqlSchema:\n  files: schema.graphql\n"));
        assertThat(runs).hasValue(1);
    }
}
