package dev.pilothouse.cli.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pilothouse.cli.home.ConsoleHome;
import dev.pilothouse.cli.plugins.PluginSupport;
import dev.pilothouse.plugin.api.RuntimeConnector;
import dev.pilothouse.plugin.host.PluginException;
import dev.pilothouse.runtime.Attach;
import dev.pilothouse.runtime.Credentials;
import dev.pilothouse.runtime.HarperClient;
import dev.pilothouse.runtime.HarperEndpoint;
import dev.pilothouse.runtime.LocalRuntime;
import dev.pilothouse.runtime.RuntimeNode;
import dev.pilothouse.workspace.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Which Harper a command talks to: the workspace's local runtime (default) or a URL with credentials. A local
 * runtime folder inside the workspace is refused ({@code LocalRuntimeFolder}).
 */
public final class Target {

    static final ObjectMapper JSON = Json.COMPACT;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(
            names = "--runtime",
            paramLabel = "DIR",
            description = "Local runtime folder, outside the workspace"
                    + " (default: the workspace's, under $PILOTHOUSE_HOME).")
    Path runtimeDir;

    @Option(
            names = "--workspace",
            paramLabel = "DIR",
            description = "The workspace whose local runtime this is, and whose schema.graphql marks protected data"
                    + " (default: the current folder).")
    Path workspace;

    @Option(
            names = "--url",
            paramLabel = "URL",
            description = "Operations API URL of a running Harper (attach);"
                    + " another scheme (acme://prod/shop) goes through the runtime connector plugin for it.")
    URI url;

    @Option(
            names = "--http-url",
            paramLabel = "URL",
            description = "App (REST/WS) URL when attaching; default: ops port + 1.")
    URI httpUrl;

    @Option(names = "--mqtt-port", paramLabel = "PORT", description = "MQTT port when attaching (default 1883).")
    int mqttPort = 1883;

    @Option(names = "--user", paramLabel = "USER", description = "User for --url (with --password-file).")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE", description = "File holding the password for --user.")
    Path passwordFile;

    @Option(names = "--token-file", paramLabel = "FILE", description = "File holding an operation token.")
    Path tokenFile;

    /** The local runtime of {@code workspace} (null: the current folder): {@code dir}, else its default folder. */
    static LocalRuntime local(Path workspace, Path dir, PrintWriter err) {
        return ConsoleHome.localRuntime(ConsoleHome.current(), workspace, dir, err);
    }

    LocalRuntime local() {
        return local(workspace, runtimeDir, mixee.commandLine().getErr());
    }

    /** Endpoints of every node (one when attaching). */
    List<HarperEndpoint> endpoints() {
        if (url == null) {
            LocalRuntime runtime = local();
            List<RuntimeNode> nodes = runtime.nodes();
            if (nodes.isEmpty()) {
                throw new IllegalArgumentException(
                        "No local runtime in " + runtime.dir() + ": run 'pilothouse runtime start' or pass --url");
            }
            return nodes.stream().map(runtime::endpoint).toList();
        }
        if (!"http".equalsIgnoreCase(url.getScheme()) && !"https".equalsIgnoreCase(url.getScheme())) {
            return List.of(connected());
        }
        HarperEndpoint endpoint = Attach.endpoint(url, httpUrl, credentials());
        return List.of(new HarperEndpoint(
                endpoint.operationsUrl(), endpoint.httpUrl(), url.getHost(), mqttPort, endpoint.credentials()));
    }

    /** Resolves {@code --url} through the loaded plugins (home and current folder) that connect to its scheme. */
    private HarperEndpoint connected() {
        if (url.getScheme() == null) {
            throw new IllegalArgumentException("--url " + url + " has no scheme (http://host:9925 or a connector's)");
        }
        try (PluginSupport plugins = PluginSupport.open(Path.of("."))) {
            RuntimeConnector.Connection c = plugins.host().connect(url);
            return new HarperEndpoint(
                    c.operationsUrl(),
                    httpUrl != null ? httpUrl : c.restUrl(),
                    c.operationsUrl().getHost(),
                    mqttPort,
                    credentials(),
                    c.headers());
        } catch (PluginException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    HarperEndpoint endpoint() {
        return endpoints().get(0);
    }

    /** A client for every node: all running nodes of the local runtime, or the attached one. */
    public List<HarperClient> clients() {
        return endpoints().stream().map(HarperClient::new).toList();
    }

    HarperClient client() {
        return Attach.attach(endpoint());
    }

    private Credentials credentials() {
        try {
            if (tokenFile != null) {
                return new Credentials.Token(Files.readString(tokenFile).strip());
            }
            if (user == null || passwordFile == null) {
                throw new IllegalArgumentException("--url needs --user with --password-file, or --token-file");
            }
            return new Credentials.Basic(user, Files.readString(passwordFile).strip());
        } catch (IOException e) {
            throw new IllegalArgumentException("Could not read credentials file: " + e.getMessage(), e);
        }
    }

    /** Runs a command body; Harper failures become one readable line on stderr and exit code 2. */
    public static int guarded(java.io.PrintWriter err, java.util.concurrent.Callable<Integer> body) throws Exception {
        try {
            return body.call();
        } catch (dev.pilothouse.runtime.HarperException
                | IllegalArgumentException
                | dev.pilothouse.workspace.Refusal e) {
            err.println("pilothouse: " + e.getMessage());
            err.flush();
            return 2;
        }
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode tree(Object value) {
        return JSON.valueToTree(value);
    }
}
