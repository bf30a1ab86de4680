package dev.pilothouse.cli.schema;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.pilothouse.schema.Analysis;
import dev.pilothouse.schema.DocumentSnapshot;
import dev.pilothouse.schema.FileKind;
import dev.pilothouse.schema.LanguageService;
import dev.pilothouse.schema.diagnostic.Diagnostic;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code schema check}: exit 0 without error-severity diagnostics, 1 with one, 2 for usage or unreadable input.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Report diagnostics for schema.graphql, config.yaml and *.js files.")
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to check; the kind follows the name.")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LanguageService service = new LanguageService();
        List<Map<String, Object>> json = new ArrayList<>();
        boolean errors = false;
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
            errors |= analysis.hasErrors();
            for (Diagnostic d : analysis.diagnostics()) {
                if (format == OutputFormat.JSON) {
                    json.add(toJson(file, d));
                } else {
                    out.printf("%s:%d:%d: %s %s %s%n", file, d.range().startLine(), d.range().startColumn(),
                            d.severity().label(), d.code(), d.message());
                }
            }
        }
        if (format == OutputFormat.JSON) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
        }
        out.flush();
        return errors ? 1 : 0;
    }

    private static Map<String, Object> toJson(Path file, Diagnostic d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file.toString());
        m.put("line", d.range().startLine());
        m.put("column", d.range().startColumn());
        m.put("endLine", d.range().endLine());
        m.put("endColumn", d.range().endColumn());
        m.put("severity", d.severity().label());
        m.put("code", d.code());
        m.put("message", d.message());
        return m;
    }
}
