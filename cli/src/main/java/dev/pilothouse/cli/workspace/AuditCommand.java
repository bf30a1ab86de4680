package dev.pilothouse.cli.workspace;

import dev.pilothouse.workspace.Governance;
import dev.pilothouse.workspace.audit.AuditEntry;
import dev.pilothouse.workspace.audit.AuditLog;
import dev.pilothouse.workspace.audit.AuditVerification;
import java.time.Clock;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pilothouse audit verify|tail [--json]|path}. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "The hash-chained audit log.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.Tail.class, AuditCommand.Where.class})
public final class AuditCommand {

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Check the chain, the head record and the checkpoints anchored in Git (deploy tags,"
                    + " refs/pilothouse/audit); exit 5 if broken.")
    static final class Verify extends GovernedCommand {
        @Override
        int run() {
            AuditVerification result;
            if (java.nio.file.Files.isDirectory(workspace.resolve(".git"))) {
                try (Governance gov = open()) {
                    result = gov.verifyAudit();
                }
            } else {
                result = log().verify(List.of());
            }
            if (result.ok()) {
                out().println("audit log intact: " + result.entries() + " entries");
                return 0;
            }
            err().println("audit log broken at " + result.describeProblem().orElse("?"));
            return 5;
        }
    }

    @Command(name = "tail", mixinStandardHelpOptions = true, description = "The last entries.")
    static final class Tail extends GovernedCommand {
        @Option(names = "--json", description = "One JSON object per line, as stored.")
        boolean json;

        @Option(names = {"-n", "--lines"}, description = "How many (default: 20).")
        int lines = 20;

        @Override
        int run() {
            List<AuditEntry> entries = log().entries();
            for (AuditEntry e : entries.subList(Math.max(0, entries.size() - lines), entries.size())) {
                out().println(json ? Output.json(e).replace("\n", "").replaceAll("\\s{2,}", " ")
                        : e.seq() + " " + e.time() + " " + e.actor() + " " + e.action() + " " + e.details());
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
