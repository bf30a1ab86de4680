package dev.pilothouse.cli.plugins;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pilothouse.plugin.host.PluginTrust;
import dev.pilothouse.plugin.host.TrustedJar;
import dev.pilothouse.workspace.Identity;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.audit.AuditLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pilothouse plugins trust FILE} and {@code plugins untrust SHA256}: the console home's allow-list of
 * workspace plugin jars. Only a human changes it, and each change is appended to the console's audit log.
 */
final class TrustCommands {

    private TrustCommands() {
    }

    static Identity human(String as) {
        String login = System.getProperty("user.name", "unknown").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._@-]", "-");
        Identity who = Identity.parse(as != null ? as : "human:" + login);
        if (!who.isHuman()) {
            throw new IllegalArgumentException("plugins are trusted by humans; " + who + " is an agent");
        }
        return who;
    }

    static void audit(PilothouseHome home, Identity who, String action, TrustedJar jar, Path file) {
        ObjectNode details = JsonNodeFactory.instance.objectNode().put("sha256", jar.sha256()).put("name", jar.name())
                .put("trustFile", PluginTrust.in(home.root()).file().toString());
        if (file != null) {
            details.put("file", file.toAbsolutePath().normalize().toString());
        }
        new AuditLog(home.auditLog(), Clock.systemUTC()).append(who.toString(), action, details);
    }

    @Command(name = "trust", mixinStandardHelpOptions = true,
            description = "Allow a plugin jar's exact bytes (its SHA-256) to load from any workspace's plugin folder.")
    static final class Trust implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The plugin jar, as it is now; a changed jar needs trusting again.")
        Path file;

        @Option(names = "--as", paramLabel = "human:NAME", description = "Who allows it (default human:<login name>).")
        String as;

        @Override
        public Integer call() {
            try {
                if (!Files.isRegularFile(file)) {
                    throw new IllegalArgumentException(file + ": no such file");
                }
                Identity who = human(as);
                PilothouseHome home = PluginSupport.home();
                TrustedJar jar = PluginTrust.in(home.root()).trust(file, who.toString(), Clock.systemUTC().instant());
                audit(home, who, "plugin.trusted", jar, file);
                spec.commandLine().getOut().println("Trusted " + jar.name() + " (sha256 " + jar.sha256()
                        + ") for every workspace of " + home.root() + ", allowed by " + who
                        + "; 'pilothouse plugins untrust " + jar.sha256() + "' withdraws it.");
                return 0;
            } catch (RuntimeException e) {
                spec.commandLine().getErr().println("pilothouse plugins trust: " + e.getMessage());
                return 2;
            }
        }
    }

    @Command(name = "untrust", mixinStandardHelpOptions = true,
            description = "Withdraw an allowed SHA-256; jars with those bytes are refused from the next load on.")
    static final class Untrust implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "SHA256", description = "The hash, as 'plugins list' or 'plugins trust' printed it.")
        String sha256;

        @Option(names = "--as", paramLabel = "human:NAME", description = "Who withdraws it (default human:<login name>).")
        String as;

        @Override
        public Integer call() {
            try {
                Identity who = human(as);
                PilothouseHome home = PluginSupport.home();
                TrustedJar jar = PluginTrust.in(home.root()).untrust(sha256);
                audit(home, who, "plugin.untrusted", jar, null);
                spec.commandLine().getOut().println("Untrusted " + jar.name() + " (sha256 " + jar.sha256() + ")");
                return 0;
            } catch (RuntimeException e) {
                spec.commandLine().getErr().println("pilothouse plugins untrust: " + e.getMessage());
                return 2;
            }
        }
    }
}
