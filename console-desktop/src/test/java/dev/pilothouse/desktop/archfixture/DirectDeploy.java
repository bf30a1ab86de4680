package dev.pilothouse.desktop.archfixture;

import dev.pilothouse.runtime.ComponentsApi;
import dev.pilothouse.runtime.Deployer;
import dev.pilothouse.runtime.HarperClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BiFunction;

/**
 * What {@code ArchitectureRules.ONLY_GOVERNANCE_DEPLOYS} exists to catch (the desktop's old "Deploy workspace"): a
 * deploy straight through runtime-bridge, and a component drop by method reference. Never run; only imported by
 * {@code ArchitectureTest}.
 */
public final class DirectDeploy {

    private DirectDeploy() {}

    static void deploy(HarperClient client, Path workspace) {
        new Deployer(client).deploy(workspace, "app", Duration.ofSeconds(90));
    }

    static BiFunction<ComponentsApi, String, Object> dropper() {
        return ComponentsApi::drop;
    }
}
