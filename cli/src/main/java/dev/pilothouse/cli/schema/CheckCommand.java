package dev.pilothouse.cli.schema;

import dev.pilothouse.cli.plugins.PluginSupport;
import dev.pilothouse.schema.Analysis;
import dev.pilothouse.schema.DocumentSnapshot;
import dev.pilothouse.schema.FileKind;
import dev.pilothouse.schema.LanguageService;
import dev.pilothouse.schema.diagnostic.Diagnostic;
import dev.pilothouse.workspace.Json;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code schema check}: exit 0 without error-severity diagnostics, 1 with one, 2 for usage or unreadable input.
 * Schema files also go through the plugins' lint rules (docs/plugins.md); their findings carry the plugin's code.
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = "Report diagnostics for schema.graphql, config.yaml and *.js files.")
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Option(
            names = "--workspace",
            paramLabel = "DIR",
            description = "Whose .pilothouse/plugins and plugins.yaml apply (default: the current folder).")
    Path workspace = Path.of(".");

    @Option(names = "--no-plugins", description = "Only the built-in checks.")
    boolean noPlugins;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to check; the kind follows the name.")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LanguageService service = new LanguageService();
        List<CheckRow> rows = new ArrayList<>();
        PluginLint plugins = null;
        try {
            for (Path file : files) {
                if (FileKind.detect(file.toString()).isEmpty()) {
                    err.println("pilothouse schema check: " + file
                            + ": unknown file kind (expected *.graphql, config.yaml or *.js)");
                    return 2;
                }
                String text;
                try {
                    text = SourceFiles.read(file);
                } catch (SourceFiles.Unreadable e) {
                    err.println("pilothouse schema check: " + e.getMessage());
                    return 2;
                }
                Analysis analysis = service.analyze(new DocumentSnapshot(file.toString(), 1, text));
                for (Diagnostic d : analysis.diagnostics()) {
                    rows.add(CheckRow.of(file, d));
                }
                if (!noPlugins && analysis.kind() == FileKind.SCHEMA && analysis.model() != null) {
                    if (plugins == null) {
                        plugins = new PluginLint(PluginSupport.open(workspace), err);
                    }
                    rows.addAll(plugins.lint(file, text, analysis.model()));
                }
            }
        } catch (IllegalArgumentException e) { // plugins.yaml unreadable or malformed: names the file
            err.println("pilothouse schema check: " + e.getMessage());
            return 2;
        } finally {
            if (plugins != null) {
                plugins.close();
            }
        }
        if (format == OutputFormat.JSON) {
            out.println(Json.MAPPER.writeValueAsString(
                    rows.stream().map(CheckRow::toJson).toList()));
        } else {
            rows.forEach(r -> out.println(r.toText()));
        }
        out.flush();
        return rows.stream().anyMatch(r -> r.severity().equals("error")) ? 1 : 0;
    }
}
