package dev.pilothouse.cli.workspace;

import dev.pilothouse.cli.requests.Requests;
import dev.pilothouse.workspace.humans.Role;
import dev.pilothouse.workspace.requests.ChangeRequest;
import dev.pilothouse.workspace.requests.ChangeRequests;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pilothouse requests list|show|approve|reject|acknowledge}: boundary changes (policy, roles, agent tokens,
 * plugin trust) that wait for a second admin, and a lone admin's changes that wait to be acknowledged.
 */
@Command(
        name = "requests",
        mixinStandardHelpOptions = true,
        description = "Boundary change requests: policy, roles, agent tokens and plugin trust need a second admin.",
        subcommands = {
            RequestsCommand.ListRequests.class,
            RequestsCommand.Show.class,
            RequestsCommand.Approve.class,
            RequestsCommand.Reject.class,
            RequestsCommand.Acknowledge.class
        })
public final class RequestsCommand {

    private RequestsCommand() {}

    static ChangeRequests requests() {
        return Requests.open(GovernedCommand.home());
    }

    static String line(ChangeRequest r) {
        return String.format(
                "%-5s %-9s %-13s %-28s %s (asked by %s)%s",
                r.id(),
                r.state().name().toLowerCase(Locale.ROOT),
                r.kind(),
                r.subject(),
                r.summary(),
                r.requestedBy(),
                r.flagged() ? "  [" + ChangeRequests.LONE_ADMIN + "]" : "");
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "Pending requests and unacknowledged" + " lone-admin changes (--all: every request).")
    static final class ListRequests extends GovernedCommand {
        @Option(names = "--all", description = "Also applied and rejected requests.")
        boolean all;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        int run() {
            List<ChangeRequest> shown = requests().list().stream()
                    .filter(r -> all || r.state() == ChangeRequest.State.PENDING || r.flagged())
                    .toList();
            if (json) {
                out().println(Output.json(shown));
                return 0;
            }
            if (shown.isEmpty()) {
                out().println("No change request waits.");
            }
            shown.forEach(r -> out().println(line(r)));
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "One request: what, before and after.")
    static final class Show extends GovernedCommand {
        @Parameters(paramLabel = "ID")
        String id;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        int run() {
            ChangeRequest r = requests().get(id);
            if (json) {
                out().println(Output.json(r));
                return 0;
            }
            out().println(line(r));
            out().println("asked by: " + r.requestedBy() + " (" + r.requestedProof() + ") at " + r.requestedAt());
            out().println("before:   " + r.before());
            out().println("after:    " + r.after());
            if (r.decidedBy() != null) {
                out().println("decided:  " + r.state().name().toLowerCase(Locale.ROOT) + " by " + r.decidedBy() + " at "
                        + r.decidedAt() + (r.reason() == null ? "" : " (" + r.reason() + ")"));
            }
            if (r.acknowledgedBy() != null) {
                out().println("acknowledged by " + r.acknowledgedBy() + " at " + r.acknowledgedAt());
            }
            return 0;
        }
    }

    @Command(
            name = "approve",
            mixinStandardHelpOptions = true,
            description = "Approve another admin's request;" + " it applies now.")
    static final class Approve extends GovernedCommand {
        @Parameters(paramLabel = "ID")
        String id;

        @Option(names = "--as", paramLabel = "human:NAME", description = AS_HELP)
        String as;

        @Override
        int run() {
            ChangeRequest r = requests().approve(id, prove(as, "request.approve", Role.ADMIN));
            out().println(Requests.outcome(r));
            return 0;
        }
    }

    @Command(
            name = "reject",
            mixinStandardHelpOptions = true,
            description = "Reject (or withdraw) a pending" + " request; nothing changes.")
    static final class Reject extends GovernedCommand {
        @Parameters(paramLabel = "ID")
        String id;

        @Option(names = "--reason", paramLabel = "TEXT", description = "Why (audited).")
        String reason = "";

        @Option(names = "--as", paramLabel = "human:NAME", description = AS_HELP)
        String as;

        @Override
        int run() {
            ChangeRequest r = requests().reject(id, prove(as, "request.reject", Role.ADMIN), reason);
            out().println(Requests.outcome(r));
            return 0;
        }
    }

    @Command(
            name = "acknowledge",
            mixinStandardHelpOptions = true,
            description = "As a second admin, acknowledge" + " the changes another admin made alone.")
    static final class Acknowledge extends GovernedCommand {
        @Option(names = "--as", paramLabel = "human:NAME", description = AS_HELP)
        String as;

        @Override
        int run() {
            List<ChangeRequest> done = requests().acknowledge(prove(as, "request.acknowledge", Role.ADMIN));
            out().println("Acknowledged "
                    + String.join(", ", done.stream().map(ChangeRequest::id).toList()) + ".");
            return 0;
        }
    }
}
