package dev.pilothouse.cli;

import dev.pilothouse.cli.requests.Requests;
import dev.pilothouse.cli.workspace.AuditCommand;
import dev.pilothouse.cli.workspace.DeployCommand;
import dev.pilothouse.cli.workspace.HistoryCommand;
import dev.pilothouse.cli.workspace.InitCommand;
import dev.pilothouse.cli.workspace.PolicyCommand;
import dev.pilothouse.cli.workspace.ProposalsCommand;
import dev.pilothouse.cli.workspace.ProposeCommand;
import dev.pilothouse.cli.workspace.RollbackCommand;
import dev.pilothouse.cli.workspace.ValidateCommand;
import dev.pilothouse.cli.workspace.WorkspaceCommands;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code ./pilothouse} commands. */
@Command(
        name = "pilothouse",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "IDE-style console for apps on the Harper runtime.",
        subcommands = {
            TestCommand.class,
            dev.pilothouse.cli.schema.SchemaCommand.class,
            dev.pilothouse.cli.runtime.RuntimeCommand.class,
            dev.pilothouse.cli.runtime.TailCommand.class,
            dev.pilothouse.cli.runtime.MqttCommand.class,
            dev.pilothouse.cli.runtime.ClusterCommand.class,
            dev.pilothouse.cli.visualize.VisualizeCommand.class,
            InitCommand.class,
            HistoryCommand.class,
            ProposeCommand.class,
            ProposalsCommand.class,
            ValidateCommand.class,
            WorkspaceCommands.Approve.class,
            WorkspaceCommands.Reject.class,
            DeployCommand.class,
            RollbackCommand.class,
            AuditCommand.class,
            PolicyCommand.class,
            dev.pilothouse.cli.workspace.HumansCommand.class,
            dev.pilothouse.cli.workspace.RequestsCommand.class,
            dev.pilothouse.cli.agent.AgentsCommand.class,
            dev.pilothouse.cli.agent.ServeCommand.class,
            dev.pilothouse.cli.agent.McpStdioCommand.class,
            dev.pilothouse.cli.desktop.DesktopCommand.class,
            dev.pilothouse.cli.web.WebCommand.class,
            dev.pilothouse.cli.plugins.PluginsCommand.class,
            dev.pilothouse.cli.plugins.ExportCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command line and returns its exit code (used by tests, which must not exit the JVM). */
    public static int run(String... args) {
        return commandLine()
                .setOut(TerminalText.writer(System.out))
                .setErr(TerminalText.writer(System.err))
                .execute(args);
    }

    /**
     * Runs one command line printing to {@code out} and {@code err} (through {@link TerminalText}, as on a
     * terminal); returns its exit code.
     */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        return commandLine()
                .setOut(TerminalText.writer(out))
                .setErr(TerminalText.writer(err))
                .execute(args);
    }

    private static CommandLine commandLine() {
        CommandLine root = new CommandLine(new Main())
                .setCaseInsensitiveEnumValuesAllowed(true)
                // plain help: the printed text goes through TerminalText, which shows escape codes instead
                .setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        withStandardOptions(root);
        root.setExecutionStrategy(Main::runAndWarn);
        return root;
    }

    /**
     * Runs the command; afterwards, while a lone admin's boundary change is unacknowledged, says so on stderr
     * (every command, so nobody misses it).
     */
    private static int runAndWarn(CommandLine.ParseResult parsed) {
        int code = new CommandLine.RunLast().execute(parsed);
        if (!parsed.isUsageHelpRequested() && !parsed.isVersionHelpRequested() && parsed.hasSubcommand()) {
            CommandLine.ParseResult last = parsed;
            while (last.hasSubcommand()) {
                last = last.subcommand();
            }
            java.nio.file.Path given = last.matchedOptionValue("--home", null);
            Requests.warning(home(given))
                    .ifPresent(w -> parsed.commandSpec().commandLine().getErr().println(w));
        }
        return code;
    }

    private static dev.pilothouse.workspace.PilothouseHome home(java.nio.file.Path given) {
        return given != null
                ? new dev.pilothouse.workspace.PilothouseHome(given)
                : dev.pilothouse.cli.home.ConsoleHome.current();
    }

    /** Every command answers --help and --version, also those declared without the standard options. */
    private static void withStandardOptions(CommandLine command) {
        CommandLine.Model.CommandSpec spec = command.getCommandSpec();
        spec.mixinStandardHelpOptions(true);
        spec.versionProvider(new VersionProvider());
        command.getSubcommands().values().forEach(Main::withStandardOptions);
    }
}
