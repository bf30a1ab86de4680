package dev.pilothouse.agent.tools;

import static dev.pilothouse.agent.tools.Schemas.output;
import static dev.pilothouse.agent.tools.Schemas.props;
import static dev.pilothouse.agent.tools.Schemas.string;

import dev.pilothouse.agent.AgentWorkspace;
import dev.pilothouse.agent.auth.Agent;
import dev.pilothouse.agent.auth.Scope;
import dev.pilothouse.workspace.AppFiles;
import dev.pilothouse.workspace.Refusal;
import dev.pilothouse.workspace.proposal.Proposal;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.Map;

/**
 * propose_change: records new contents for some of the app's files as a proposal by {@code agent:NAME}. The
 * policy check runs now (a protected primitive is refused naming the rule); validation follows in the background.
 * Approving and deploying are for humans, outside this gateway.
 */
final class ProposeChange implements AgentTool {

    static final int MAX_RATIONALE = 4000;

    private final AgentWorkspace ws;

    ProposeChange(AgentWorkspace ws) {
        this.ws = ws;
    }

    @Override
    public McpSchema.Tool definition() {
        Map<String, Object> rationale = string("why the change is needed; reviewers read it");
        rationale.put("minLength", 1);
        rationale.put("maxLength", MAX_RATIONALE);
        return McpSchema.Tool.builder()
                .name("propose_change")
                .title("Propose a change")
                .description("Proposes new full texts for any subset of schema.graphql, config.yaml and "
                        + "resources.js. Returns the proposal id and state; poll proposal_status for validation "
                        + "and review. A change touching a protected table or attribute is refused. A human "
                        + "reviews, approves and deploys; agents cannot. Each agent may have a limited number of "
                        + "open proposals and of validations waiting; over either limit the call is refused "
                        + "naming it, and nothing is recorded.")
                .inputSchema(Schemas.input(
                        props(
                                "files",
                                Schemas.fileMap("new texts by file name", AppFiles.PROPOSABLE),
                                "rationale",
                                rationale),
                        "files",
                        "rationale"))
                .outputSchema(output(
                        props(
                                "id",
                                string("proposal id, e.g. p3"),
                                "state",
                                string("open, validating, validated, ...")),
                        "id",
                        "state"))
                .annotations(Annotations.propose("Propose a change"))
                .build();
    }

    @Override
    public Scope scope() {
        return Scope.PROPOSE;
    }

    @Override
    public Map<String, Object> call(Agent caller, Arguments arguments) {
        String rationale = arguments.required("rationale");
        if (rationale.length() > MAX_RATIONALE) {
            throw new Refusal("invalid-argument", "the rationale is longer than " + MAX_RATIONALE + " characters");
        }
        Proposal proposal = ws.propose(arguments.files("files"), caller.identity(), rationale);
        return props("id", proposal.id(), "state", proposal.state().label());
    }
}
