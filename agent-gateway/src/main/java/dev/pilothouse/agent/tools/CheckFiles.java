package dev.pilothouse.agent.tools;

import static dev.pilothouse.agent.tools.Schemas.array;
import static dev.pilothouse.agent.tools.Schemas.bool;
import static dev.pilothouse.agent.tools.Schemas.count;
import static dev.pilothouse.agent.tools.Schemas.output;
import static dev.pilothouse.agent.tools.Schemas.props;
import static dev.pilothouse.agent.tools.Schemas.string;

import dev.pilothouse.agent.auth.Agent;
import dev.pilothouse.agent.auth.Scope;
import dev.pilothouse.schema.Analysis;
import dev.pilothouse.schema.DocumentSnapshot;
import dev.pilothouse.schema.LanguageService;
import dev.pilothouse.schema.diagnostic.Diagnostic;
import dev.pilothouse.workspace.AppFiles;
import dev.pilothouse.workspace.policy.PackageManifest;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** check_files: the language service's diagnostics for draft file contents, without proposing anything. */
final class CheckFiles implements AgentTool {

    @Override
    public McpSchema.Tool definition() {
        Map<String, Object> diagnostic = output(
                props(
                        "code",
                        string("stable code, e.g. PH201"),
                        "severity",
                        Schemas.oneOf("severity", List.of("error", "warning", "info", "hint")),
                        "line",
                        count("1-based line"),
                        "column",
                        count("1-based column"),
                        "message",
                        string("what is wrong")),
                "code",
                "severity",
                "message");
        Map<String, Object> file = output(
                props("file", string("file name"), "diagnostics", array("problems found", diagnostic)),
                "file",
                "diagnostics");
        return McpSchema.Tool.builder()
                .name("check_files")
                .title("Check draft files")
                .description("Diagnostics (syntax, Harper schema rules, config.yaml and resources.js checks) for "
                        + "draft contents of any of the app's files. Nothing is stored or proposed.")
                .inputSchema(Schemas.input(
                        props("files", Schemas.fileMap("draft texts by file name", AppFiles.PROPOSABLE)), "files"))
                .outputSchema(output(
                        props(
                                "ok",
                                bool("true when no file has an error"),
                                "errors",
                                count("number of errors"),
                                "warnings",
                                count("number of warnings"),
                                "files",
                                array("per file", file)),
                        "ok",
                        "errors",
                        "warnings",
                        "files"))
                .annotations(Annotations.read("Check draft files"))
                .build();
    }

    @Override
    public Scope scope() {
        return Scope.READ;
    }

    @Override
    public Map<String, Object> call(Agent caller, Arguments arguments) {
        Map<String, String> drafts = AppFiles.checkProposed(arguments.files("files"));
        LanguageService language = new LanguageService(); // fresh: its cache is keyed by URI and version
        List<Object> files = new ArrayList<>();
        int errors = 0;
        int warnings = 0;
        for (String name : AppFiles.REQUIRED) {
            if (!drafts.containsKey(name)) {
                continue;
            }
            Analysis analysis = language.analyze(new DocumentSnapshot("draft/" + name, 1, drafts.get(name)));
            List<Object> diagnostics = new ArrayList<>();
            for (Diagnostic d : analysis.diagnostics()) {
                errors += d.isError() ? 1 : 0;
                warnings += d.severity() == dev.pilothouse.schema.diagnostic.Severity.WARNING ? 1 : 0;
                diagnostics.add(props(
                        "code",
                        d.code(),
                        "severity",
                        d.severity().label(),
                        "line",
                        d.range().startLine(),
                        "column",
                        d.range().startColumn(),
                        "message",
                        d.message()));
            }
            files.add(props("file", name, "diagnostics", diagnostics));
        }
        if (drafts.containsKey("package.json")) {
            List<Object> diagnostics = new ArrayList<>();
            for (PackageManifest.Problem p : PackageManifest.problems(drafts.get("package.json"))) {
                errors += p.error() ? 1 : 0;
                warnings += p.error() ? 0 : 1;
                diagnostics.add(props(
                        "code",
                        "package-json",
                        "severity",
                        p.error() ? "error" : "warning",
                        "line",
                        p.line(),
                        "column",
                        p.column(),
                        "message",
                        p.message()));
            }
            files.add(props("file", "package.json", "diagnostics", diagnostics));
        }
        return props("ok", errors == 0, "errors", errors, "warnings", warnings, "files", files);
    }
}
