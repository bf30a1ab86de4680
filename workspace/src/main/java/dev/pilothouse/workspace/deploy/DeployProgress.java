package dev.pilothouse.workspace.deploy;

/**
 * Told of each step as it happens, on the deploying thread; consoles hand updates to their own UI thread. A
 * listener that throws does not stop the deploy: the failure is logged and the deploy goes on.
 */
@FunctionalInterface
public interface DeployProgress {

    DeployProgress NONE = update -> {};

    void on(DeployUpdate update);
}
