package dev.pilothouse.plugin.host;

/** A plugin call did not produce a result; the message names the plugin, its jar and the error. */
public final class PluginException extends RuntimeException {

    private final PluginProblem problem;

    PluginException(PluginProblem problem, Throwable cause) {
        super(problem.toString(), cause);
        this.problem = problem;
    }

    public PluginProblem problem() {
        return problem;
    }
}
