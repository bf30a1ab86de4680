package dev.pilothouse.runtime.bench;

import dev.pilothouse.runtime.DeployResult;
import dev.pilothouse.runtime.Deployer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Request-to-live of repeated deploys of the same app to a running local Harper (the "< 5 s median"),
 * measured by the deployer itself: from the deploy_component request until the new workers serve every table.
 */
final class DeployTimings {

    private DeployTimings() {}

    static String measure(Deployer deployer, Path app, String project, int count) {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            DeployResult result = deployer.deploy(app, project, Duration.ofSeconds(90));
            millis.add(result.requestToLive().toMillis());
            System.out.printf("deploy %d: %d ms%n", i + 1, millis.getLast());
        }
        List<Long> sorted = millis.stream().sorted().toList();
        long median = sorted.get(sorted.size() / 2);
        long max = sorted.getLast();
        return String.format(
                "redeploys: %d, request-to-live median %d ms, max %d ms, all %s", count, median, max, millis);
    }
}
