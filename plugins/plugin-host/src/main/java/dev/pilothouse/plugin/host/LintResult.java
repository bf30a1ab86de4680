package dev.pilothouse.plugin.host;

import java.util.List;

/** What the plugins' lint rules found in one file, and the rule runs that failed. */
public record LintResult(List<PluginFinding> findings, List<PluginProblem> problems) {

    public LintResult {
        findings = List.copyOf(findings);
        problems = List.copyOf(problems);
    }

    /** A finding and the plugin whose rule produced it. */
    public record PluginFinding(String plugin, dev.pilothouse.plugin.api.Finding finding) {}
}
