package dev.pilothouse.cli.agent;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pilothouse.agent.AgentWorkspace;
import dev.pilothouse.agent.auth.Agent;
import dev.pilothouse.agent.auth.AgentRegistry;
import dev.pilothouse.agent.auth.AgentTokenChange;
import dev.pilothouse.agent.auth.IssuedToken;
import dev.pilothouse.agent.auth.Scope;
import dev.pilothouse.agent.tools.AgentSurface;
import dev.pilothouse.cli.requests.Requests;
import dev.pilothouse.workspace.Actor;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.Refusal;
import dev.pilothouse.workspace.audit.AuditLog;
import dev.pilothouse.workspace.requests.ChangeRequest;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pilothouse agents add|list|revoke}: the agent identities that may connect to the MCP gateway. */
@Command(
        name = "agents",
        description = "Register, list and revoke the agents that may use the MCP gateway.",
        subcommands = {
            AgentsCommand.Add.class,
            AgentsCommand.List.class,
            AgentsCommand.Show.class,
            AgentsCommand.Revoke.class
        })
public final class AgentsCommand {

    static AgentRegistry registry(PilothouseHome home) {
        return new AgentRegistry(home, Clock.systemUTC());
    }

    /** Token management is audited in the console's log, by the human who did it; the token never is. */
    static void audit(PilothouseHome home, Actor actor, String action, Agent agent) {
        ObjectNode details =
                JsonNodeFactory.instance.objectNode().put("agent", agent.name()).put("scopes", scopes(agent));
        details.set("proof", actor.proof().toJson());
        new AuditLog(home.auditLog(), Clock.systemUTC()).append(actor.toString(), action, details);
    }

    static String scopes(Agent agent) {
        return agent.scopes().stream().sorted().map(Scope::label).collect(Collectors.joining(","));
    }

    static int failed(CommandSpec spec, RuntimeException e) {
        spec.commandLine()
                .getErr()
                .println("pilothouse: " + (e instanceof Refusal r ? "refused by rule " + r.rule() + ": " : "")
                        + e.getMessage());
        return 2;
    }

    @Command(
            name = "add",
            description = "Ask for an agent's token (a change request a second admin approves) and"
                    + " print the token once, as the last line.")
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        HomeOption home;

        @Parameters(paramLabel = "NAME", description = "Agent name (lower-case letters, digits, . _ -).")
        String name;

        @Option(
                names = "--scopes",
                paramLabel = "SCOPES",
                defaultValue = "read",
                description = "Comma-separated: read, propose (default read).")
        String scopes;

        @Override
        public Integer call() {
            try {
                PilothouseHome dir = home.home();
                Actor who = home.human("agent.token.issued");
                IssuedToken issued = registry(dir).prepare(name, Scope.parse(scopes));
                ChangeRequest request = Requests.open(dir).file(who, AgentTokenChange.change(issued));
                PrintWriter out = spec.commandLine().getOut();
                out.println(Requests.outcome(request));
                out.println("Token for agent:" + name + " with scopes " + AgentsCommand.scopes(issued.agent())
                        + (request.state() == ChangeRequest.State.APPLIED
                                ? "; it works now."
                                : "; the gateway accepts it once " + request.id() + " is approved.")
                        + " It is shown once; give it to the agent's MCP client now:");
                out.println(issued.token());
                return 0;
            } catch (RuntimeException e) {
                return failed(spec, e);
            }
        }
    }

    @Command(name = "list", description = "List agents: name, scopes, created, last used, revoked.")
    static final class List implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        HomeOption home;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%-20s %-13s %-22s %-22s %s%n", "NAME", "SCOPES", "CREATED", "LAST USED", "REVOKED");
            for (Agent a : registry(home.home()).list()) {
                out.printf(
                        "%-20s %-13s %-22s %-22s %s%n",
                        a.name(), scopes(a), time(a.created()), time(a.lastUsed()), time(a.revoked()));
            }
            return 0;
        }

        private static String time(Instant instant) {
            return instant == null
                    ? "-"
                    : instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        }
    }

    @Command(
            name = "show",
            description = "An agent's scopes; with --surface, what it sees: its MCP tools, each"
                    + " table and attribute after protection, and what it could propose.")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        HomeOption home;

        @Parameters(paramLabel = "NAME", description = "Agent name (with --scopes, any name: a proposed agent).")
        String name;

        @Option(names = "--surface", description = "Show the agent's view of the workspace.")
        boolean surface;

        @Option(names = "--scopes", paramLabel = "SCOPES", description = "Proposed scopes instead of the agent's own.")
        String scopes;

        @Option(names = "--workspace", paramLabel = "DIR", description = "The workspace (default: the current folder).")
        java.nio.file.Path workspace = java.nio.file.Path.of(".");

        @Override
        public Integer call() {
            try {
                PilothouseHome dir = home.home();
                Agent agent = scopes != null
                        ? new Agent(name, Scope.parse(scopes), "-", Instant.EPOCH, null, null)
                        : registry(dir)
                                .active(name)
                                .orElseThrow(() -> new IllegalArgumentException("no active agent" + " named '" + name
                                        + "' (give --scopes to see a proposed one)"));
                PrintWriter out = spec.commandLine().getOut();
                if (!surface) {
                    out.println("agent:" + agent.name() + " scopes " + AgentsCommand.scopes(agent));
                    return 0;
                }
                try (dev.pilothouse.workspace.Governance gov =
                                dev.pilothouse.workspace.Governance.open(workspace, dir, java.util.Optional.empty());
                        AgentWorkspace ws = new AgentWorkspace(
                                gov, java.util.Optional.empty(), dev.pilothouse.workspace.AppName.of(workspace))) {
                    out.print(AgentSurface.of(ws, agent).text());
                }
                return 0;
            } catch (RuntimeException e) {
                return failed(spec, e);
            }
        }
    }

    @Command(name = "revoke", description = "Revoke an agent's token; a running gateway refuses it at once.")
    static final class Revoke implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        HomeOption home;

        @Parameters(paramLabel = "NAME", description = "Agent name.")
        String name;

        @Override
        public Integer call() {
            try {
                PilothouseHome dir = home.home();
                Actor who = home.human("agent.token.revoked");
                Agent revoked = registry(dir).revoke(name);
                audit(dir, who, "agent.token.revoked", revoked);
                spec.commandLine().getOut().println("Revoked agent:" + name + " at " + revoked.revoked());
                return 0;
            } catch (RuntimeException e) {
                return failed(spec, e);
            }
        }
    }
}
