package dev.pilothouse.runtime;

import java.time.Duration;
import java.util.List;

/** A deploy whose new version serves: the tables checked over REST and the time from request to live. */
public record DeployResult(String project, List<String> tables, Duration requestToLive) {

    public DeployResult {
        tables = List.copyOf(tables);
    }
}
