package dev.pilothouse.agent.tools;

import dev.pilothouse.agent.AgentWorkspace;
import dev.pilothouse.agent.auth.Agent;
import dev.pilothouse.agent.auth.Scope;
import dev.pilothouse.schema.model.Attribute;
import dev.pilothouse.schema.model.Table;
import dev.pilothouse.workspace.AppFiles;
import dev.pilothouse.workspace.policy.Protection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What an agent sees: the MCP tools listed to it, what each table and attribute returns after the protection rule,
 * and which files it could propose. Computed from the gateway's own catalog, scope check ({@link ToolRunner#visible})
 * and {@link Protection}, so it cannot drift from what the gateway does.
 */
public record AgentSurface(
        String agent, List<String> scopes, List<ToolView> tools, List<TableView> tables, List<String> proposable) {

    /** A tool as listed to the agent. */
    public record ToolView(String name, String scope, String title) {}

    /** A table: refused (and why) or readable, with each attribute returned or redacted. */
    public record TableView(String table, String refused, List<AttributeView> attributes) {}

    /** An attribute: its value as returned, or replaced by {@link ToolCatalog#REDACTED}. */
    public record AttributeView(String name, boolean redacted) {}

    /** The surface of {@code agent} (a registered one, or one standing in for proposed scopes). */
    public static AgentSurface of(AgentWorkspace ws, Agent agent) {
        List<ToolView> tools = ToolCatalog.all(ws).stream()
                .filter(t -> ToolRunner.visible(agent, t))
                .map(t ->
                        new ToolView(t.name(), t.scope().label(), t.definition().title()))
                .toList();
        Protection protection = new Protection(ws.policy());
        List<TableView> tables = new ArrayList<>();
        boolean reads = agent.can(Scope.READ);
        for (Table t : ws.model().tables()) {
            String refused = !reads ? "no read scope" : protection.table(t).orElse(null);
            Set<String> hidden = protection.attributes(t);
            List<AttributeView> attributes = t.attributes().stream()
                    .map(Attribute::name)
                    .map(a -> new AttributeView(a, refused != null || hidden.contains(a)))
                    .toList();
            tables.add(new TableView(t.typeName(), refused, attributes));
        }
        List<String> proposable = agent.can(Scope.PROPOSE) ? List.copyOf(AppFiles.PROPOSABLE) : List.of();
        return new AgentSurface(
                agent.name(),
                agent.scopes().stream().sorted().map(Scope::label).toList(),
                tools,
                List.copyOf(tables),
                proposable);
    }

    /** As plain text, one line per tool, table and attribute. */
    public String text() {
        StringBuilder out = new StringBuilder("agent:" + agent + " scopes " + String.join(",", scopes) + "\n");
        out.append("MCP tools:\n");
        tools.forEach(t ->
                out.append("  ").append(t.name()).append(" (").append(t.scope()).append(")\n"));
        if (tools.isEmpty()) {
            out.append("  (none)\n");
        }
        out.append("Tables (after the protection rule):\n");
        for (TableView t : tables) {
            out.append("  ")
                    .append(t.table())
                    .append(t.refused() == null ? "" : ": refused, " + t.refused())
                    .append('\n');
            if (t.refused() == null) {
                t.attributes()
                        .forEach(a -> out.append("    ")
                                .append(a.name())
                                .append(": ")
                                .append(a.redacted() ? ToolCatalog.REDACTED : "returned")
                                .append('\n'));
            }
        }
        out.append("Could propose: ")
                .append(proposable.isEmpty() ? "nothing (no propose scope)" : String.join(", ", proposable))
                .append('\n');
        return out.toString();
    }
}
