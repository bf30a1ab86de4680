package dev.pilothouse.workspace.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pilothouse.runtime.ComponentStatus;
import dev.pilothouse.runtime.Deployer;
import dev.pilothouse.runtime.HarperClient;
import dev.pilothouse.runtime.UnreachableException;
import dev.pilothouse.schema.DocumentSnapshot;
import dev.pilothouse.schema.SchemaAnalyzer;
import dev.pilothouse.schema.model.SchemaModel;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** A Harper runtime reached through the runtime bridge; the app is deployed as component {@code project}. */
public final class HarperTarget implements RuntimeTarget {

    /** How long the new version must serve without a hiccup before the deploy counts as verified. */
    public static final java.time.Duration STABLE = java.time.Duration.ofSeconds(3);

    private final HarperClient client;
    private final Deployer deployer;
    private final String project;
    /** How long the error rate is watched after verification when the caller does not say. */
    public static final Duration DEFAULT_WATCH = Duration.ofSeconds(10);

    private final Duration timeout;
    private final Duration watch;
    private Instant deployStarted = Instant.now();

    public HarperTarget(HarperClient client, Deployer deployer, String project, Duration timeout) {
        this(client, deployer, project, timeout, DEFAULT_WATCH);
    }

    /** {@code watch}: how long the error rate must not jump after verification ({@link Duration#ZERO}: not watched). */
    public HarperTarget(HarperClient client, Deployer deployer, String project, Duration timeout, Duration watch) {
        this.client = client;
        this.deployer = deployer;
        this.project = project;
        this.timeout = timeout;
        this.watch = watch;
    }

    @Override
    public void deploy(Path appDir) {
        deploy(appDir, Map.of());
    }

    /** {@code expectedLive} spares the deploy Harper's package of the live component when it matches (Deployer). */
    @Override
    public void deploy(Path appDir, Map<String, String> expectedLive) {
        deployStarted = Instant.now();
        deployer.deploy(appDir, project, timeout, expectedLive);
    }

    /**
     * Watches the live version for up to {@code timeout}: it passes once the component has stayed healthy, with every
     * exported table answering GET over REST, for a {@link #STABLE} window; it fails at once when the component
     * reports an error, or at the end with the last reason. Harper restarts its workers after a deploy, so
     * "loading" or a refused connection in between restarts the window rather than failing it. The error-rate watch
     * follows apart ({@link #watch}).
     */
    @Override
    public String verify(Map<String, String> files) {
        SchemaModel model = SchemaAnalyzer.analyze(
                        new DocumentSnapshot("deployed/schema.graphql", 1, files.getOrDefault("schema.graphql", "")))
                .model();
        List<String> paths =
                model == null ? List.of() : List.copyOf(model.restPaths().values());
        Instant deadline = Instant.now().plus(timeout);
        String reason = "no answer yet";
        Instant healthySince = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                Optional<String> problem = problem(paths);
                if (problem.isEmpty()) {
                    healthySince = healthySince == null ? Instant.now() : healthySince;
                    if (!Instant.now().isBefore(healthySince.plus(STABLE))) {
                        return "component healthy"
                                + (paths.isEmpty() ? "" : ", GET " + String.join(", ", paths) + " answering") + " for "
                                + STABLE.toSeconds() + " s";
                    }
                    pause();
                    continue;
                }
                healthySince = null;
                reason = problem.get();
                if (reason.startsWith("error:")) {
                    break;
                }
            } catch (UnreachableException restarting) {
                healthySince = null;
                reason = "Harper is restarting its workers";
            } catch (dev.pilothouse.runtime.OperationFailedException e) {
                if (e.status() < 500) {
                    throw e;
                }
                healthySince = null; // get_components answers 500 while workers are replaced: keep watching
                reason = "Harper answered " + e.status() + ": " + e.getMessage();
            }
            pause();
        }
        throw new IllegalStateException("component '" + project + "' did not verify: " + reason);
    }

    @Override
    public Duration watchWindow() {
        return watch;
    }

    /** The app's 5xx error rate must not jump for the watch window after verification ({@link ErrorRateWatch}). */
    @Override
    public String watch() {
        return new ErrorRateWatch(new HarperAnalytics(client), watch).watch(deployStarted);
    }

    private Optional<String> problem(List<String> paths) {
        Optional<ComponentStatus> status = client.components().find(project);
        if (status.isEmpty()) {
            return Optional.of("not deployed");
        }
        if (!status.get().healthy()) {
            return Optional.of(status.get().status() + ": " + status.get().message());
        }
        for (String path : paths) {
            int code = client.rest().status(path);
            if (code >= 400) {
                return Optional.of("GET " + path + " answers " + code);
            }
        }
        return Optional.empty();
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while verifying the deploy", e);
        }
    }

    @Override
    public void remove() {
        client.components().drop(project);
    }

    @Override
    public OptionalLong recordCount(String database, String table) {
        JsonNode description = client.describeTable(database, table);
        JsonNode count = description.path("record_count");
        return count.isNumber() ? OptionalLong.of(count.asLong()) : OptionalLong.empty();
    }

    @Override
    public List<JsonNode> sample(String database, String table, List<String> attributes, int limit) {
        List<String> names = new java.util.ArrayList<>(attributes);
        names.add(database);
        names.add(table);
        for (String name : names) {
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new IllegalArgumentException("'" + name + "' is not an identifier");
            }
        }
        return client.sql(
                "SELECT " + String.join(", ", attributes) + " FROM " + database + "." + table + " LIMIT " + limit);
    }

    @Override
    public Optional<Subscribers> subscribers(String restPath, Duration lookback) {
        HarperAnalytics analytics = new HarperAnalytics(client);
        Instant now = Instant.now();
        long connects = 0;
        long messages = 0;
        for (JsonNode e : analytics.entries(java.util.Set.of("connections", "db-message"), now.minus(lookback))) {
            if (e.path("path").asText().equals(restPath)) {
                long count = e.path("count").asLong();
                connects += e.path("metric").asText().equals("connections") ? count : 0;
                messages += e.path("metric").asText().equals("db-message") ? count : 0;
            }
        }
        Instant recent = now.minusSeconds(3); // threads report about every second
        return Optional.of(new Subscribers(
                connects,
                messages,
                analytics.gauge("ws-connections", recent),
                analytics.gauge("mqtt-connections", recent),
                lookback));
    }

    @Override
    public Map<String, String> appFiles() {
        if (client.components().find(project).isEmpty()) {
            throw new IllegalArgumentException("the runtime has no component '" + project + "'");
        }
        Map<String, String> files = new java.util.LinkedHashMap<>();
        for (String name : dev.pilothouse.workspace.AppFiles.ALL) {
            try {
                files.put(name, client.components().getFile(project, name));
            } catch (dev.pilothouse.runtime.OperationFailedException missing) {
                // package.json is optional; the init reports a missing app file by name
            }
        }
        return files;
    }

    @Override
    public String describe() {
        return client.endpoint().operationsUrl() + " (component " + project + ")";
    }
}
