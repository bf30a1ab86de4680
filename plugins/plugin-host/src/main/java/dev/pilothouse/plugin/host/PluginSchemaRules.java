package dev.pilothouse.plugin.host;

import dev.pilothouse.plugin.api.Finding;
import dev.pilothouse.plugin.api.Position;
import dev.pilothouse.schema.DocumentSnapshot;
import dev.pilothouse.schema.ExtraSchemaRules;
import dev.pilothouse.schema.diagnostic.Diagnostic;
import dev.pilothouse.schema.diagnostic.Severity;
import dev.pilothouse.schema.model.SchemaModel;
import dev.pilothouse.schema.text.LineMap;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Plugin lint rules as language-service diagnostics, for the editors. The host is looked up on every check, so a
 * console can switch workspaces (and plugin folders) under one language service. A rule that throws or hangs
 * becomes a {@value #PLUGIN_FAILED} warning at the top of the file, as in {@code schema check}.
 */
public final class PluginSchemaRules implements ExtraSchemaRules {

    public static final String PLUGIN_FAILED = "PH800";

    private final Supplier<PluginHost> host;

    public PluginSchemaRules(Supplier<PluginHost> host) {
        this.host = host;
    }

    @Override
    public List<Diagnostic> check(DocumentSnapshot snapshot, SchemaModel model) {
        PluginHost current = host.get();
        if (current == null || model == null) {
            return List.of();
        }
        LintResult result = current.lint(snapshot.uri(), snapshot.text(), model);
        LineMap lines = LineMap.of(snapshot.text());
        List<Diagnostic> out = new ArrayList<>();
        for (LintResult.PluginFinding pf : result.findings()) {
            Finding f = pf.finding();
            out.add(new Diagnostic(
                    f.code(),
                    severity(f.severity()),
                    range(lines, f.position()),
                    f.message() + " [" + pf.plugin() + "]"));
        }
        for (PluginProblem problem : result.problems()) {
            out.add(new Diagnostic(PLUGIN_FAILED, Severity.WARNING, lines.range(0, 0), problem.toString()));
        }
        return out;
    }

    private static Severity severity(dev.pilothouse.plugin.api.Severity s) {
        return Severity.valueOf(s.name());
    }

    private static dev.pilothouse.schema.text.TextRange range(LineMap lines, Position p) {
        int start = lines.offset(p.line(), p.column());
        return lines.range(start, Math.max(start, lines.offset(p.endLine(), p.endColumn())));
    }
}
