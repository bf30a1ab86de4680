package dev.pilothouse.workspace.shadow;

import dev.pilothouse.runtime.ComponentStatus;
import dev.pilothouse.runtime.HarperClient;
import dev.pilothouse.schema.DocumentSnapshot;
import dev.pilothouse.schema.js.ResourceClass;
import dev.pilothouse.schema.js.ResourcesOutline;
import dev.pilothouse.schema.model.SchemaModel;
import dev.pilothouse.schema.model.Table;
import dev.pilothouse.workspace.proposal.Verdict;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Smoke checks on the shadow: the component reports healthy, every exported table answers GET (its collection and,
 * when seeded, one record), and every exported custom resource answers each Resource method it declares. A method
 * "answers" when the shadow neither fails (5xx) nor says the method is not there (405, 501); a 4xx about the smoke
 * request's content still shows the method is served.
 */
final class SmokeChecks {

    record Result(List<String> lines, Verdict verdict) {}

    private final HarperClient client;
    private final String project;

    SmokeChecks(HarperClient client, String project) {
        this.client = client;
        this.project = project;
    }

    Result run(SchemaModel model, String resourcesJs, Path resourcesFile, Map<String, String> seededIds) {
        List<String> lines = new ArrayList<>();
        Verdict verdict = Verdict.PASS;
        Optional<ComponentStatus> status = client.components().find(project);
        if (status.isEmpty() || !status.get().healthy()) {
            lines.add("FAIL component: "
                    + status.map(s -> s.status() + " " + s.message()).orElse("not loaded"));
            verdict = Verdict.FAIL;
        } else {
            lines.add("ok component healthy");
        }
        for (Table t : model.tables()) {
            if (t.export() == null || !t.export().rest()) {
                continue;
            }
            String path = "/" + t.export().pathFor(t.typeName()) + "/";
            verdict = verdict.worst(check(lines, "GET", path, null, code -> code < 400));
            String id = seededIds.get(t.typeName());
            if (id != null) {
                verdict = verdict.worst(check(
                        lines, "GET", path + URLEncoder.encode(id, StandardCharsets.UTF_8), null, code -> code == 200));
            }
        }
        ResourcesOutline outline = ResourcesOutline.of(new DocumentSnapshot(resourcesFile.toString(), 1, resourcesJs));
        for (ResourceClass resource : outline.exportedClasses()) {
            for (String method : resource.resourceMethods()) {
                String[] request = request(resource.exportName(), method);
                verdict = verdict.worst(check(
                        lines, request[0], request[1], request[2], code -> code < 500 && code != 405 && code != 501));
            }
        }
        return new Result(lines, verdict);
    }

    private Verdict check(
            List<String> lines, String method, String path, String body, java.util.function.IntPredicate ok) {
        try {
            int code = client.rest().status(method, path, body);
            boolean passed = ok.test(code);
            lines.add((passed ? "ok " : "FAIL ") + method + " " + path + " answers " + code);
            return passed ? Verdict.PASS : Verdict.FAIL;
        } catch (RuntimeException e) {
            lines.add("FAIL " + method + " " + path + ": " + e.getMessage());
            return Verdict.FAIL;
        }
    }

    /** HTTP method, path and body that reach a Resource method of an exported class. */
    private static String[] request(String name, String method) {
        String id = "/" + name + "/pilothouse-smoke";
        return switch (method) {
            case "search" -> new String[] {"GET", "/" + name + "/", null};
            case "post" -> new String[] {"POST", "/" + name + "/", "{}"};
            case "put" -> new String[] {"PUT", id, "{}"};
            case "patch" -> new String[] {"PATCH", id, "{}"};
            case "delete" -> new String[] {"DELETE", id, null};
            default ->
                new String[] {method.equals("get") ? "GET" : method.toUpperCase(java.util.Locale.ROOT), "/" + name, null
                };
        };
    }
}
