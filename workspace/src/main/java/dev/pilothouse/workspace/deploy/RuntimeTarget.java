package dev.pilothouse.workspace.deploy;

import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalLong;

/** The runtime a workspace deploys to, as governance needs it. {@link HarperTarget} is the real one. */
public interface RuntimeTarget {

    /** Deploys the app files in {@code appDir}; returns once the new version serves, or throws with the reason. */
    void deploy(Path appDir);

    /** Post-deploy verification of the live version against the deployed files; throws naming what failed. */
    void verify(Map<String, String> files);

    /** Removes the app (used when a first deploy must be undone and there is nothing earlier to restore). */
    void remove();

    /** Live evidence: how many records a table holds, when the runtime can tell. */
    OptionalLong recordCount(String database, String table);

    /** Where this target is, for messages and the audit log. */
    String describe();
}
