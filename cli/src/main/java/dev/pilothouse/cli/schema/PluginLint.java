package dev.pilothouse.cli.schema;

import dev.pilothouse.cli.plugins.PluginSupport;
import dev.pilothouse.plugin.api.Finding;
import dev.pilothouse.plugin.host.LintResult;
import dev.pilothouse.plugin.host.PluginProblem;
import dev.pilothouse.plugin.host.PluginRecord;
import dev.pilothouse.plugin.host.PluginStatus;
import dev.pilothouse.schema.model.SchemaModel;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The plugins' lint rules for {@code schema check}. A plugin that failed to load or was refused is reported once on standard
 * error; a rule that throws or hangs becomes a {@code PH800} warning on the file, naming the plugin and its jar.
 */
final class PluginLint implements AutoCloseable {

    static final String PLUGIN_FAILED = "PH800";

    private final PluginSupport support;

    PluginLint(PluginSupport support, PrintWriter err) {
        this.support = support;
        for (PluginRecord p : support.host().plugins()) {
            if (p.status() != PluginStatus.LOADED) {
                err.println("pilothouse schema check: plugin " + p.name() + " (" + p.source() + ") not loaded: "
                        + p.error());
            }
        }
    }

    List<CheckRow> lint(Path file, String text, SchemaModel model) {
        LintResult result = support.host().lint(file.toString(), text, model);
        List<CheckRow> rows = new ArrayList<>();
        for (LintResult.PluginFinding pf : result.findings()) {
            Finding f = pf.finding();
            rows.add(new CheckRow(
                    file,
                    f.position().line(),
                    f.position().column(),
                    f.position().endLine(),
                    f.position().endColumn(),
                    f.severity().name().toLowerCase(Locale.ROOT),
                    f.code(),
                    f.message() + " [" + pf.plugin() + "]"));
        }
        rows.sort(java.util.Comparator.comparingInt(CheckRow::line).thenComparingInt(CheckRow::column));
        for (PluginProblem problem : result.problems()) {
            rows.add(new CheckRow(file, 1, 1, 1, 1, "warning", PLUGIN_FAILED, problem.toString()));
        }
        return rows;
    }

    @Override
    public void close() {
        support.close();
    }
}
