package dev.pilothouse.cli.plugins;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pilothouse.cli.requests.Requests;
import dev.pilothouse.plugin.host.PluginTrust;
import dev.pilothouse.plugin.host.TrustedJar;
import dev.pilothouse.workspace.Actor;
import dev.pilothouse.workspace.Identity;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.Refusal;
import dev.pilothouse.workspace.audit.AuditLog;
import dev.pilothouse.workspace.humans.HumanRegistry;
import dev.pilothouse.workspace.humans.Role;
import dev.pilothouse.workspace.requests.ChangeRequest;
import dev.pilothouse.workspace.requests.PluginTrustChange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pilothouse plugins trust FILE} and {@code plugins untrust SHA256}: the console home's allow-list of
 * workspace plugin jars. Only a proved admin changes it; trusting is a change request a second admin approves
 * (untrusting only narrows the boundary and applies at once). Each change is appended to the console's audit log.
 */
final class TrustCommands {

    private TrustCommands() {}

    /** The admin registered for this process's OS account ({@code --as} must name them); refusals are audited. */
    static Actor admin(PilothouseHome home, String as, String action) {
        return HumanRegistry.forCurrentAccount(home)
                .prove(Optional.ofNullable(as).map(Identity::parse), action, Role.ADMIN);
    }

    static String refused(RuntimeException e) {
        return e instanceof Refusal r ? "refused by rule " + r.rule() + ": " : "";
    }

    static void audit(PilothouseHome home, Identity who, String action, TrustedJar jar, Path file) {
        ObjectNode details = JsonNodeFactory.instance
                .objectNode()
                .put("sha256", jar.sha256())
                .put("name", jar.name())
                .put("trustFile", PluginTrust.in(home.root()).file().toString());
        if (file != null) {
            details.put("file", file.toAbsolutePath().normalize().toString());
        }
        new AuditLog(home.auditLog(), Clock.systemUTC()).append(who.toString(), action, details);
    }

    @Command(
            name = "trust",
            mixinStandardHelpOptions = true,
            description = "Allow a plugin jar's exact bytes (its SHA-256) to load from any workspace's plugin folder.")
    static final class Trust implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(
                paramLabel = "FILE",
                description = "The plugin jar, as it is now; a changed jar needs trusting again.")
        Path file;

        @Option(
                names = "--as",
                paramLabel = "human:NAME",
                description = "Who asks; must be the admin registered for your OS account.")
        String as;

        @Override
        public Integer call() {
            try {
                if (!Files.isRegularFile(file)) {
                    throw new IllegalArgumentException(file + ": no such file");
                }
                PilothouseHome home = PluginSupport.home();
                Actor who = admin(home, as, "plugin.trusted");
                String sha = PluginTrust.hashOf(file);
                ChangeRequest request = Requests.open(home)
                        .file(
                                who,
                                PluginTrustChange.change(sha, file.getFileName().toString()));
                spec.commandLine().getOut().println(Requests.outcome(request));
                if (request.state() == ChangeRequest.State.APPLIED) {
                    TrustedJar jar = PluginTrust.in(home.root()).find(sha).orElseThrow();
                    audit(home, who.who(), "plugin.trusted", jar, file);
                    spec.commandLine()
                            .getOut()
                            .println("Trusted " + jar.name() + " (sha256 " + sha + ") for every"
                                    + " workspace of " + home.root() + ", allowed by " + who + "; 'pilothouse plugins"
                                    + " untrust " + sha + "' withdraws it.");
                } else {
                    spec.commandLine()
                            .getOut()
                            .println("Once approved, " + file.getFileName() + " (sha256 " + sha
                                    + ") loads from every workspace of " + home.root() + ".");
                }
                return 0;
            } catch (RuntimeException e) {
                spec.commandLine().getErr().println("pilothouse plugins trust: " + refused(e) + e.getMessage());
                return 2;
            }
        }
    }

    @Command(
            name = "untrust",
            mixinStandardHelpOptions = true,
            description = "Withdraw an allowed SHA-256; jars with those bytes are refused from the next load on.")
    static final class Untrust implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "SHA256", description = "The hash, as 'plugins list' or 'plugins trust' printed it.")
        String sha256;

        @Option(
                names = "--as",
                paramLabel = "human:NAME",
                description = "Who withdraws it; must be the admin registered for your OS account.")
        String as;

        @Override
        public Integer call() {
            try {
                PilothouseHome home = PluginSupport.home();
                Identity who = admin(home, as, "plugin.untrusted").who();
                TrustedJar jar = PluginTrust.in(home.root()).untrust(sha256);
                audit(home, who, "plugin.untrusted", jar, null);
                spec.commandLine().getOut().println("Untrusted " + jar.name() + " (sha256 " + jar.sha256() + ")");
                return 0;
            } catch (RuntimeException e) {
                spec.commandLine().getErr().println("pilothouse plugins untrust: " + refused(e) + e.getMessage());
                return 2;
            }
        }
    }
}
