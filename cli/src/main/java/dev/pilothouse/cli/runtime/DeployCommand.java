package dev.pilothouse.cli.runtime;

import dev.pilothouse.runtime.DeployFailedException;
import dev.pilothouse.runtime.DeployResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pilothouse deploy --workspace DIR}: exit 0 only when the new version serves. */
@Command(name = "deploy", description = "Deploy a workspace's schema.graphql, config.yaml and resources.js.")
public final class DeployCommand implements Callable<Integer> {

    @Mixin
    Target target;

    @Option(names = "--workspace", paramLabel = "DIR", description = "Folder with the three app files.")
    Path workspace = Path.of(".");

    @Option(names = "--project", description = "Component name (default: the workspace folder name).")
    String project;

    @Override
    public Integer call() throws Exception {
        return Target.guarded(this::body);
    }

    private Integer body() {
        Path dir = workspace.toAbsolutePath().normalize();
        String name = project != null ? project : dir.getFileName().toString().replaceAll("[^A-Za-z0-9_-]", "_");
        try {
            DeployResult result = target.deployer().deploy(dir, name, Duration.ofSeconds(60));
            System.out.println("deployed " + result.project() + " (tables " + result.tables() + ") live in "
                    + result.requestToLive().toMillis() + " ms");
            return 0;
        } catch (DeployFailedException e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }
}
