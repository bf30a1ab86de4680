package dev.pilothouse.plugin.bundled;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.plugin.api.Finding;
import dev.pilothouse.plugin.api.LintInput;
import dev.pilothouse.plugin.api.SchemaLintRule;
import dev.pilothouse.plugin.api.Severity;
import dev.pilothouse.plugin.bundled.naming.NamingConventionsPlugin;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NamingConventionsTest {

    private static final String SCHEMA = """
            type order_item @table @export {
              id: ID @primaryKey
              Price: Float
              unitCount: Int
            }
            type Customer @table {
              id: ID @primaryKey
              full_name: String
            }
            """;

    @Test
    void defaultsFlagNonPascalTablesAndNonCamelAttributesAtTheirNames() {
        List<Finding> findings = lint(Map.of());

        assertThat(findings)
                .extracting(Finding::code, Finding::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "NAMING001", "table order_item is not PascalCase (OrderItem)"),
                        org.assertj.core.groups.Tuple.tuple(
                                "NAMING002", "attribute order_item.Price is not camelCase (price)"),
                        org.assertj.core.groups.Tuple.tuple(
                                "NAMING002", "attribute Customer.full_name is not camelCase (fullName)"));
        assertThat(findings.get(0).position()).satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.column()).isEqualTo(6);
        });
        assertThat(findings.get(1).position()).satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo(3);
        });
        assertThat(findings).extracting(Finding::severity).containsOnly(Severity.WARNING);
    }

    @Test
    void configuredConventionsAndSeverityApply() {
        List<Finding> findings = lint(Map.of("tables", "snake_case", "attributes", "off", "severity", "error"));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("table Customer is not snake_case (customer)");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
        });
    }

    @Test
    void unknownConventionIsReportedNamingTheSettingAndTheChoices() {
        List<Finding> findings = lint(Map.of("tables", "Title Case"));

        assertThat(findings)
                .filteredOn(f -> f.code().equals("NAMING001"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.message())
                            .contains("plugins.yaml")
                            .contains("naming-conventions.tables")
                            .contains("'Title Case'")
                            .contains("PascalCase, camelCase");
                });
    }

    private static List<Finding> lint(Map<String, String> settings) {
        LintInput input = new LintInput("schema.graphql", SCHEMA, Schemas.view(SCHEMA), settings);
        List<Finding> all = new ArrayList<>();
        for (SchemaLintRule rule : new NamingConventionsPlugin().lintRules()) {
            all.addAll(rule.check(input));
        }
        return all;
    }
}
