package dev.pilothouse.cli.workspace;

import dev.pilothouse.workspace.Governance;
import dev.pilothouse.workspace.audit.AuditEntry;
import dev.pilothouse.workspace.audit.AuditEvidence;
import dev.pilothouse.workspace.audit.AuditLog;
import dev.pilothouse.workspace.audit.AuditVerification;
import dev.pilothouse.workspace.audit.AuditWitness;
import dev.pilothouse.workspace.audit.SignedCheckpoint;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pilothouse audit verify|tail [--json]|path|witness [URL|--off]}. */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = "The hash-chained audit log.",
        subcommands = {
            AuditCommand.Verify.class,
            AuditCommand.Tail.class,
            AuditCommand.Where.class,
            AuditCommand.Witness.class
        })
public final class AuditCommand {

    @Command(
            name = "verify",
            mixinStandardHelpOptions = true,
            description = "Check the chain, the signed head record, the signed checkpoints on refs/pilothouse/audit"
                    + " and in deploy tags, and the newest checkpoint remembered under PILOTHOUSE_HOME; exit 5 if"
                    + " anything is wrong, naming what and at which entry.")
    static final class Verify extends GovernedCommand {
        @Override
        int run() {
            AuditVerification result;
            long checkpoint = 0;
            if (java.nio.file.Files.isDirectory(workspace.resolve(".git"))) {
                try (Governance gov = open()) {
                    AuditEvidence evidence = gov.auditEvidence();
                    checkpoint =
                            evidence.remembered().map(SignedCheckpoint::seq).orElse(0L);
                    result = gov.audit().verify(evidence);
                    Optional<String> witnessed = result.ok() ? gov.checkAuditWitness() : Optional.empty();
                    if (witnessed.isPresent()) {
                        err().println("audit log broken at " + witnessed.get());
                        return 5;
                    }
                }
            } else {
                result = log().verify(List.of());
            }
            if (result.ok()) {
                out().println("audit verified to #" + result.entries() + " (" + result.entries() + " entries"
                        + (checkpoint > 0 ? ", last signed checkpoint #" + checkpoint : "") + ")");
                return 0;
            }
            err().println("audit log broken at " + result.describeProblem().orElse("?"));
            return 5;
        }
    }

    @Command(
            name = "witness",
            mixinStandardHelpOptions = true,
            description = "Show or set the Git remote that receives every audit checkpoint (an outside witness).")
    static final class Witness extends GovernedCommand {
        @picocli.CommandLine.Parameters(
                arity = "0..1",
                paramLabel = "URL",
                description = "A Git URL or path of a repository of its own (e.g. a bare repo on another machine).")
        String url;

        @Option(names = "--off", description = "Stop pushing checkpoints.")
        boolean off;

        @Option(names = "--as", description = AS_HELP)
        String as;

        @Override
        int run() {
            AuditWitness witness = new AuditWitness(home().auditWitness());
            if (url == null && !off) {
                out().println(witness.url().orElse("no witness: checkpoints stay in this workspace's repository"));
                return 0;
            }
            var actor = prove(as, "audit.witness", dev.pilothouse.workspace.humans.Role.ADMIN);
            witness.set(off ? "" : url);
            log().append(
                            actor.toString(),
                            "audit.witness",
                            com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                                    .objectNode()
                                    .put("url", off ? "" : url));
            out().println(off ? "checkpoints are no longer pushed" : "checkpoints are pushed to " + url);
            return 0;
        }
    }

    @Command(name = "tail", mixinStandardHelpOptions = true, description = "The last entries.")
    static final class Tail extends GovernedCommand {
        @Option(names = "--json", description = "One JSON object per line, as stored.")
        boolean json;

        @Option(
                names = {"-n", "--lines"},
                description = "How many (default: 20).")
        int lines = 20;

        @Override
        int run() {
            List<AuditEntry> entries = log().entries();
            for (AuditEntry e : entries.subList(Math.max(0, entries.size() - lines), entries.size())) {
                out().println(
                                json
                                        ? Output.json(e).replace("\n", "").replaceAll("\\s{2,}", " ")
                                        : e.seq() + " " + e.time() + " " + e.actor() + " " + e.action() + " "
                                                + e.details());
            }
            return 0;
        }
    }

    @Command(name = "path", mixinStandardHelpOptions = true, description = "Where the log is (for backups).")
    static final class Where extends GovernedCommand {
        @Override
        int run() {
            out().println(log().file());
            return 0;
        }
    }

    static AuditLog log() {
        return new AuditLog(GovernedCommand.home().auditLog(), Clock.systemUTC());
    }
}
