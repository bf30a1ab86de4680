package dev.pilothouse.cli.runtime;

import dev.pilothouse.runtime.DeployFailedException;
import dev.pilothouse.runtime.DeployResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import java.io.PrintWriter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pilothouse deploy --workspace DIR}: exit 0 only when the new version serves. */
@Command(name = "deploy", description = "Deploy a workspace's schema.graphql, config.yaml and resources.js.")
public final class DeployCommand implements Callable<Integer> {

    @Mixin
    Target target;

    @Spec
    CommandSpec spec;

    @Option(names = "--workspace", paramLabel = "DIR", description = "Folder with the three app files.")
    Path workspace = Path.of(".");

    @Option(names = "--project", description = "Component name (default: the workspace folder name).")
    String project;

    @Override
    public Integer call() throws Exception {
        return Target.guarded(spec.commandLine().getErr(), this::body);
    }

    private Integer body() {
        Path dir = workspace.toAbsolutePath().normalize();
        String name = project != null ? project : dir.getFileName().toString().replaceAll("[^A-Za-z0-9_-]", "_");
        try {
            DeployResult result = target.deployer().deploy(dir, name, Duration.ofSeconds(60));
            spec.commandLine().getOut().println("deployed " + result.project() + " (tables " + result.tables() + ") live in "
                    + result.requestToLive().toMillis() + " ms");
            spec.commandLine().getOut().flush();
            return 0;
        } catch (DeployFailedException e) {
            spec.commandLine().getErr().println(e.getMessage());
            spec.commandLine().getErr().flush();
            return 1;
        }
    }
}
