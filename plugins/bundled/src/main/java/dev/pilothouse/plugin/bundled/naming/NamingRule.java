package dev.pilothouse.plugin.bundled.naming;

import dev.pilothouse.plugin.api.AttributeView;
import dev.pilothouse.plugin.api.Finding;
import dev.pilothouse.plugin.api.LintInput;
import dev.pilothouse.plugin.api.Position;
import dev.pilothouse.plugin.api.SchemaLintRule;
import dev.pilothouse.plugin.api.Severity;
import dev.pilothouse.plugin.api.TableView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Table names ({@code NAMING001}, setting {@code tables}, default PascalCase) or attribute names ({@code NAMING002},
 * setting {@code attributes}, default camelCase) follow a convention. A setting that names no convention is itself
 * reported, at the top of the file, with the field and the accepted values.
 */
final class NamingRule implements SchemaLintRule {

    private final boolean tables;

    NamingRule(boolean tables) {
        this.tables = tables;
    }

    @Override
    public String code() {
        return tables ? "NAMING001" : "NAMING002";
    }

    @Override
    public String description() {
        return tables
                ? "table names follow the configured convention (default PascalCase)"
                : "attribute names follow the configured convention (default camelCase)";
    }

    @Override
    public List<Finding> check(LintInput input) {
        String key = tables ? "tables" : "attributes";
        String configured = input.settings()
                .getOrDefault(key, tables ? "PascalCase" : "camelCase")
                .strip();
        if (configured.equalsIgnoreCase("off")) {
            return List.of();
        }
        Optional<Convention> convention = Convention.parse(configured);
        if (convention.isEmpty()) {
            return List.of(settingError(
                    key, "unknown convention '" + configured + "' (expected one of " + Convention.labels() + ")"));
        }
        String level = input.settings().getOrDefault("severity", "warning").strip();
        Optional<Severity> severity = java.util.Arrays.stream(Severity.values())
                .filter(s -> s.name().equalsIgnoreCase(level))
                .findFirst();
        if (severity.isEmpty()) {
            return List.of(settingError(
                    "severity", "unknown severity '" + level + "' (expected error, warning, info or hint)"));
        }
        List<Finding> findings = new ArrayList<>();
        for (TableView table : input.schema().tables()) {
            if (tables) {
                check(convention.get(), severity.get(), "table", table.name(), table.position(), findings);
            } else {
                for (AttributeView a : table.attributes()) {
                    check(
                            convention.get(),
                            severity.get(),
                            "attribute " + table.name() + ".",
                            a.name(),
                            a.position(),
                            findings);
                }
            }
        }
        return findings;
    }

    private void check(
            Convention convention, Severity severity, String what, String name, Position at, List<Finding> into) {
        if (!convention.matches(name)) {
            String separator = what.endsWith(".") ? "" : " ";
            into.add(new Finding(
                    code(),
                    severity,
                    at,
                    what + separator + name + " is not " + convention.label() + " (" + convention.apply(name) + ")"));
        }
    }

    private Finding settingError(String key, String problem) {
        return new Finding(
                code(),
                Severity.ERROR,
                Position.START,
                ".pilothouse/plugins.yaml: " + NamingConventionsPlugin.NAME + "." + key + ": " + problem);
    }
}
