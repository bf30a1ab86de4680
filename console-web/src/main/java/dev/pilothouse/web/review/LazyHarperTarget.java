package dev.pilothouse.web.review;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pilothouse.runtime.Deployer;
import dev.pilothouse.web.runtime.HarperConnection;
import dev.pilothouse.workspace.deploy.HarperTarget;
import dev.pilothouse.workspace.deploy.RuntimeTarget;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The console's Harper as a deploy target, attached on first use: the console starts (and shows proposals) even
 * while Harper is down; a deploy then fails with the attach error.
 */
final class LazyHarperTarget implements RuntimeTarget {

    private final HarperConnection harper;
    private final String project;
    private HarperTarget target;

    LazyHarperTarget(HarperConnection harper, String project) {
        this.harper = harper;
        this.project = project;
    }

    private synchronized HarperTarget target() {
        if (target == null) {
            var client = harper.client().orElseThrow(() -> new IllegalStateException("no Harper attached"));
            target = new HarperTarget(client, new Deployer(client), project, Duration.ofSeconds(90));
        }
        return target;
    }

    @Override
    public void deploy(Path appDir) {
        target().deploy(appDir);
    }

    @Override
    public void deploy(Path appDir, Map<String, String> expectedLive) {
        target().deploy(appDir, expectedLive);
    }

    @Override
    public String verify(Map<String, String> files) {
        return target().verify(files);
    }

    @Override
    public Duration watchWindow() {
        return target().watchWindow();
    }

    @Override
    public String watch() {
        return target().watch();
    }

    @Override
    public void remove() {
        target().remove();
    }

    @Override
    public OptionalLong recordCount(String database, String table) {
        return target().recordCount(database, table);
    }

    @Override
    public List<JsonNode> sample(String database, String table, List<String> attributes, int limit) {
        return target().sample(database, table, attributes, limit);
    }

    @Override
    public Map<String, String> appFiles() {
        return target().appFiles();
    }

    @Override
    public String describe() {
        return harper.endpoint()
                .map(e -> e.operationsUrl() + " (component " + project + ")")
                .orElse("no Harper attached");
    }
}
