package dev.pilothouse.agent.tools;

import static dev.pilothouse.agent.tools.Schemas.array;
import static dev.pilothouse.agent.tools.Schemas.bool;
import static dev.pilothouse.agent.tools.Schemas.nullableString;
import static dev.pilothouse.agent.tools.Schemas.output;
import static dev.pilothouse.agent.tools.Schemas.props;
import static dev.pilothouse.agent.tools.Schemas.string;

import dev.pilothouse.agent.AgentWorkspace;
import dev.pilothouse.agent.auth.Agent;
import dev.pilothouse.agent.auth.Scope;
import dev.pilothouse.workspace.proposal.Proposal;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.Map;

/** proposal_status: where a proposal stands, its validation steps and the reviewers' comments. */
final class ProposalStatus implements AgentTool {

    private final AgentWorkspace ws;

    ProposalStatus(AgentWorkspace ws) {
        this.ws = ws;
    }

    @Override
    public McpSchema.Tool definition() {
        Map<String, Object> step = output(
                props(
                        "name",
                        string("step"),
                        "verdict",
                        string("pass, warn or fail"),
                        "output",
                        string("the step's full output")),
                "name",
                "verdict",
                "output");
        Map<String, Object> comment = output(
                props(
                        "by",
                        string("human:NAME"),
                        "approve",
                        bool("approved"),
                        "comment",
                        string("the reviewer's words"),
                        "at",
                        string("ISO-8601")),
                "by",
                "approve");
        return McpSchema.Tool.builder()
                .name("proposal_status")
                .title("Proposal status")
                .description("State of a proposal (open, validating, validated, approved, rejected, deployed, "
                        + "rolled-back, expired, superseded), its validation results and reviewer comments.")
                .inputSchema(Schemas.input(props("id", Schemas.pattern("proposal id", "^p[0-9]{1,9}$", 10)), "id"))
                .outputSchema(output(
                        props(
                                "id",
                                string("id"),
                                "state",
                                string("state"),
                                "author",
                                string("author"),
                                "rationale",
                                string("the proposal's message"),
                                "files",
                                array("files changed", string("file")),
                                "verdict",
                                nullableString("validation verdict"),
                                "classification",
                                nullableString("safe, review or breaking"),
                                "validation",
                                array("validation steps", step),
                                "comments",
                                array("reviews", comment),
                                "deployTag",
                                nullableString("deploy/N once deployed")),
                        "id",
                        "state",
                        "author",
                        "files",
                        "validation",
                        "comments"))
                .annotations(Annotations.read("Proposal status"))
                .build();
    }

    @Override
    public Scope scope() {
        return Scope.READ;
    }

    @Override
    public Map<String, Object> call(Agent caller, Arguments arguments) {
        Proposal p = ws.proposal(arguments.required("id"));
        Map<String, Object> out = props(
                "id",
                p.id(),
                "state",
                p.state().label(),
                "author",
                p.author(),
                "rationale",
                p.message(),
                "files",
                p.files(),
                "validation",
                p.validation().stream()
                        .map(s -> props("name", s.name(), "verdict", s.verdict().label(), "output", s.output()))
                        .toList(),
                "comments",
                p.decisions().stream()
                        .map(d -> props(
                                "by",
                                d.by(),
                                "approve",
                                d.approve(),
                                "comment",
                                d.comment() == null ? "" : d.comment(),
                                "at",
                                String.valueOf(d.at())))
                        .toList());
        out.put("verdict", p.verdict() == null ? null : p.verdict().label());
        out.put("classification", p.classification());
        out.put("deployTag", p.deployTag());
        return out;
    }
}
