package dev.pilothouse.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code ./pilothouse} commands. */
@Command(name = "pilothouse",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "IDE-style console for apps on the Harper runtime.",
        subcommands = {TestCommand.class,
                dev.pilothouse.cli.schema.SchemaCommand.class,
                dev.pilothouse.cli.runtime.RuntimeCommand.class,
                dev.pilothouse.cli.runtime.DeployCommand.class,
                dev.pilothouse.cli.runtime.TailCommand.class,
                dev.pilothouse.cli.runtime.MqttCommand.class,
                dev.pilothouse.cli.runtime.ClusterCommand.class,
                dev.pilothouse.cli.web.WebCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command line and returns its exit code (used by tests, which must not exit the JVM). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** Runs one command line printing to {@code out} and {@code err}; returns its exit code. */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        return commandLine().setOut(out).setErr(err).execute(args);
    }

    private static CommandLine commandLine() {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
    }
}
