package dev.pilothouse.cli.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.cli.agent.ServeCommand;
import dev.pilothouse.desktop.viewmodel.TasksViewModel;
import dev.pilothouse.desktop.viewmodel.WorkbenchViewModel;
import dev.pilothouse.schema.LanguageService;
import dev.pilothouse.web.WebOptions;
import dev.pilothouse.workspace.AppName;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * One folder is one Harper component whichever way Pilothouse is started: the web console (its gateway and its
 * governed workspace both take {@link WebOptions#component()}), {@code pilothouse serve}, the CLI's runtime options
 * (init, validate, deploy, rollback) and the desktop workbench all name it {@link AppName#of}.
 */
class ComponentNameTest {

    private final ScheduledExecutorService analysis = Executors.newSingleThreadScheduledExecutor();
    private final WorkbenchViewModel workbench = new WorkbenchViewModel(
            new LanguageService(), analysis, Runnable::run, new TasksViewModel(Runnable::run, Runnable::run));

    @TempDir
    Path tmp;

    @AfterEach
    void stop() throws Exception {
        analysis.shutdownNow();
        analysis.awaitTermination(5, TimeUnit.SECONDS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"my app", "app.v2", "café", "名前", "2fast", "UPPER Case", "a..b", "-dash", "tail."})
    void everyEntryPointNamesTheFolderAsAppNameDoes(String folder) throws Exception {
        Path workspace = tmp.resolve(folder);
        String expected = AppName.of(workspace);

        assertThat(byEntryPoint(workspace))
                .as("folder '%s'", folder)
                .allSatisfy((entry, name) -> assertThat(name).as(entry).isEqualTo(expected));
        assertThat(expected).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void aPathThatEndsInADotNamesItsFolder() throws Exception {
        Path workspace = tmp.resolve("My Shop").resolve(".");

        assertThat(byEntryPoint(workspace))
                .allSatisfy((entry, name) -> assertThat(name).as(entry).isEqualTo("My_Shop"));
    }

    @Test
    void projectOptionWinsInTheCommandLine() {
        Path workspace = tmp.resolve("my app");
        RuntimeOptions options = new RuntimeOptions();
        new CommandLine(options).parseArgs("--project", "shop");

        assertThat(options.component(workspace)).isEqualTo("shop");
        assertThat(serve(workspace, "--project", "shop").component()).isEqualTo("shop");
    }

    @Test
    void theDesktopWithNoWorkspaceUsesAppNamesFallback() {
        assertThat(workbench.component()).isEqualTo(AppName.of(Path.of("/"))).isEqualTo("app");
    }

    private Map<String, String> byEntryPoint(Path workspace) throws Exception {
        Map<String, String> names = new LinkedHashMap<>();
        names.put(
                "web console (AgentGatewayConfig, GovernedWorkspace)",
                new WebOptions(0, workspace, tmp.resolve("home"), Optional.empty()).component());
        names.put("pilothouse serve", serve(workspace).component());
        names.put("CLI runtime options", new RuntimeOptions().component(workspace));
        workbench.openWorkspace(workspace).get(10, TimeUnit.SECONDS);
        names.put("desktop workbench", workbench.component());
        return names;
    }

    private static ServeCommand serve(Path workspace, String... more) {
        ServeCommand serve = new ServeCommand();
        String[] args = new String[more.length + 2];
        args[0] = "--workspace";
        args[1] = workspace.toString();
        System.arraycopy(more, 0, args, 2, more.length);
        new CommandLine(serve).parseArgs(args);
        return serve;
    }
}
