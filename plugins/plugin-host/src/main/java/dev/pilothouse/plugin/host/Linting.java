package dev.pilothouse.plugin.host;

import dev.pilothouse.plugin.api.Finding;
import dev.pilothouse.plugin.api.LintInput;
import dev.pilothouse.plugin.api.SchemaView;
import java.util.ArrayList;
import java.util.List;

/** One pass of every active plugin's lint rules over a file; each rule runs guarded and on its own. */
final class Linting {

    private final PluginHost host;

    Linting(PluginHost host) {
        this.host = host;
    }

    LintResult run(String file, String text, SchemaView schema) {
        List<LintResult.PluginFinding> findings = new ArrayList<>();
        List<PluginProblem> problems = new ArrayList<>();
        for (LoadedPlugin p : host.active()) {
            LintInput input = new LintInput(file, text, schema, host.settings().of(p.name()));
            p.contributions().lintRules().forEach((code, rule) -> {
                try {
                    List<Finding> found = host.call(p, "rule " + code, () -> List.copyOf(rule.check(input)));
                    for (Finding f : found) {
                        if (f.code().startsWith("PH")) {
                            problems.add(p.problem("rule " + code + " reported code " + f.code()
                                    + ": codes starting with PH belong to Pilothouse"));
                        } else {
                            findings.add(new LintResult.PluginFinding(p.name(), f));
                        }
                    }
                } catch (PluginException e) {
                    problems.add(e.problem());
                }
            });
        }
        return new LintResult(findings, problems);
    }
}
