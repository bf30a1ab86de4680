package dev.pilothouse.agent.tools;

import dev.pilothouse.agent.AgentWorkspace;
import java.util.List;

/**
 * Every tool the gateway offers. This list is the boundary: nothing here approves, deploys, rolls back, edits
 * policy, manages tokens or writes data, and a structural test keeps it that way.
 */
public final class ToolCatalog {

    /** What a protected attribute's value is replaced with in every record an agent sees. */
    public static final String REDACTED = "[redacted: protected by policy]";

    private ToolCatalog() {}

    public static List<AgentTool> all(AgentWorkspace ws) {
        return List.of(
                new DescribeApp(ws),
                new ReadFile(ws),
                new CheckFiles(),
                new QueryTable(ws),
                new RecentEvents(ws),
                new RuntimeStatus(ws),
                new ProposeChange(ws),
                new ProposalStatus(ws));
    }
}
