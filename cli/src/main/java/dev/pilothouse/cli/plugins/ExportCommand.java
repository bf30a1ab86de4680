package dev.pilothouse.cli.plugins;

import dev.pilothouse.plugin.api.ExportResult;
import dev.pilothouse.plugin.host.PluginException;
import dev.pilothouse.schema.Analysis;
import dev.pilothouse.schema.DocumentSnapshot;
import dev.pilothouse.schema.LanguageService;
import dev.pilothouse.schema.diagnostic.Diagnostic;
import dev.pilothouse.workspace.AppFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pilothouse export NAME}: runs a plugin exporter (bundled: {@code openapi}) on the workspace's app. Exit 0
 * written, 1 when the schema has errors or the exporter failed, 2 for usage errors or an unknown exporter.
 */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Export the app with a plugin exporter, e.g. 'export openapi --out api.json'.")
public final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "The exporter, as 'plugins list' shows its plugin.")
    String name;

    @Option(names = "--workspace", paramLabel = "DIR", description = "The workspace (default: the current folder).")
    Path workspace = Path.of(".");

    @Option(names = "--out", paramLabel = "FILE", description = "Write here (default: standard output).")
    Path out;

    /** Writes beside the target and moves it into place, so a failed write never leaves half a document. */
    private static void write(Path target, String content) throws IOException {
        Path abs = target.toAbsolutePath();
        Path temp = Files.createTempFile(abs.getParent(), abs.getFileName().toString(), ".tmp");
        try {
            Files.writeString(temp, content);
            Files.move(
                    temp,
                    abs,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Map<String, String> files = new LinkedHashMap<>(AppFiles.readWorkingTree(workspace));
        Path schemaFile = workspace.resolve("schema.graphql");
        if (!files.containsKey("schema.graphql")) {
            err.println("pilothouse export: " + schemaFile + ": not found (is " + workspace + " an app folder?)");
            return 2;
        }
        Analysis analysis = new LanguageService()
                .analyze(new DocumentSnapshot(schemaFile.toString(), 1, files.get("schema.graphql")));
        if (analysis.hasErrors()) {
            Diagnostic first = analysis.diagnostics().stream()
                    .filter(Diagnostic::isError)
                    .findFirst()
                    .orElseThrow();
            err.println("pilothouse export: " + schemaFile + ":" + first.range().startLine() + ":"
                    + first.range().startColumn() + ": " + first.code() + " " + first.message()
                    + " (fix the schema first: pilothouse schema check)");
            return 1;
        }
        try (PluginSupport support = PluginSupport.open(workspace)) {
            ExportResult result = support.host().export(name, schemaFile.toString(), analysis.model(), files);
            if (out == null) {
                spec.commandLine().getOut().print(result.content());
                spec.commandLine().getOut().flush();
            } else {
                write(out, result.content());
                err.println("wrote " + out + " (" + result.mediaType() + ", "
                        + result.content().length() + " chars)");
            }
            return 0;
        } catch (PluginException e) {
            err.println("pilothouse export: " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            err.println("pilothouse export: " + e.getMessage());
            return 2;
        }
    }
}
