package dev.pilothouse.cli.agent;

import dev.pilothouse.agent.AgentWorkspace;
import dev.pilothouse.agent.Gateway;
import dev.pilothouse.agent.GatewaySettings;
import dev.pilothouse.agent.host.EmbeddedHost;
import dev.pilothouse.cli.home.ConsoleHome;
import dev.pilothouse.cli.plugins.PluginSupport;
import dev.pilothouse.runtime.Attach;
import dev.pilothouse.runtime.Credentials;
import dev.pilothouse.runtime.Deployer;
import dev.pilothouse.runtime.HarperClient;
import dev.pilothouse.runtime.LocalRuntime;
import dev.pilothouse.runtime.RuntimeNode;
import dev.pilothouse.workspace.AppName;
import dev.pilothouse.workspace.Governance;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.deploy.HarperTarget;
import dev.pilothouse.workspace.deploy.RuntimeTarget;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pilothouse serve}: the MCP agent gateway, headless, until interrupted. */
@Command(name = "serve", description = "Serve the MCP agent gateway at /mcp (Streamable HTTP) for one workspace.")
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HomeOption home;

    @Option(names = "--workspace", required = true, paramLabel = "DIR", description = "The workspace folder.")
    Path workspace;

    @ArgGroup(exclusive = true)
    RuntimeChoice runtime;

    @Option(names = "--port", paramLabel = "PORT", description = "Port (default 8765; 0 picks a free one).")
    int port = 8765;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on (default 127.0.0.1).")
    String bind = "127.0.0.1";

    @Option(
            names = "--project",
            paramLabel = "NAME",
            description = "Harper component name (default: the workspace folder's name).")
    String project;

    @Option(
            names = "--allow-origin",
            paramLabel = "ORIGIN",
            description = "Extra browser Origin to accept (repeatable).")
    List<String> origins = new ArrayList<>();

    static final class RuntimeChoice {
        @Option(
                names = "--local",
                description = "The workspace's own local runtime (its folder is under" + " $PILOTHOUSE_HOME).")
        boolean local;

        @Option(
                names = "--runtime",
                paramLabel = "DIR",
                description = "A local runtime folder (outside the workspace).")
        Path dir;

        @ArgGroup(exclusive = false)
        Remote remote;
    }

    static final class Remote {
        @Option(
                names = "--url",
                required = true,
                paramLabel = "URL",
                description = "Operations API URL of a running Harper.")
        URI url;

        @Option(names = "--http-url", paramLabel = "URL", description = "App (REST/WS) URL; default: ops port + 1.")
        URI httpUrl;

        @Option(names = "--user", required = true, paramLabel = "USER", description = "Harper user.")
        String user;

        @Option(
                names = "--password-file",
                required = true,
                paramLabel = "FILE",
                description = "File holding the password.")
        Path passwordFile;
    }

    @Override
    public Integer call() throws Exception {
        if (!InetAddress.getByName(bind).isLoopbackAddress()) {
            spec.commandLine()
                    .getErr()
                    .println("pilothouse: warning: listening on " + bind + ", not loopback;"
                            + " agents elsewhere can reach the gateway (tokens still required)");
        }
        PilothouseHome dir = home.home();
        String component = component();
        Optional<HarperClient> client;
        try {
            client = client();
        } catch (dev.pilothouse.workspace.Refusal e) {
            spec.commandLine().getErr().println("pilothouse: " + e.getMessage());
            return 2;
        }
        Optional<RuntimeTarget> target =
                client.map(c -> new HarperTarget(c, deployer(c), component, Duration.ofSeconds(90)));
        // the agents' proposals are validated here too, so the workspace's plugin validators run on them
        PluginSupport plugins = PluginSupport.open(workspace);
        Governance governance = Governance.at(workspace, dir)
                .runtime(target)
                .validators(plugins.host().proposalValidators())
                .open();
        AgentWorkspace ws = new AgentWorkspace(governance, client, component);
        GatewaySettings settings = GatewaySettings.LOOPBACK;
        List<String> hosts = new ArrayList<>(settings.allowedHosts());
        hosts.add(bind + ":*");
        List<String> allowed = new ArrayList<>(settings.allowedOrigins());
        allowed.addAll(origins);
        settings =
                new GatewaySettings(allowed, hosts, settings.burst(), settings.perMinute(), settings.maxRequestBytes());
        Gateway gateway = Gateway.create(ws, AgentsCommand.registry(dir), settings);
        Path work = Files.createDirectories(dir.workspaceState(workspace).resolve("gateway-host"));
        EmbeddedHost host = EmbeddedHost.start(gateway, bind, port, work);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            host.close();
                            gateway.close();
                            ws.close();
                            governance.close();
                            plugins.close();
                            stopped.countDown();
                        },
                        "pilothouse-serve-stop"));
        spec.commandLine()
                .getOut()
                .println("Pilothouse agent gateway on " + host.endpoint() + " for "
                        + governance.dir() + (client.isPresent() ? " (runtime attached)" : " (no runtime)")
                        + "; Ctrl-C stops it");
        spec.commandLine().getOut().flush();
        stopped.await();
        return 0;
    }

    /** The Harper component served: {@code --project}, else the workspace's {@link AppName}. */
    public String component() {
        return project != null ? project : AppName.of(workspace);
    }

    private Optional<HarperClient> client() throws IOException {
        if (runtime == null) {
            return Optional.empty();
        }
        if (runtime.dir != null || runtime.local) {
            LocalRuntime local = local();
            List<RuntimeNode> nodes = local.nodes();
            if (nodes.isEmpty() || nodes.get(0).pid() == 0) {
                throw new IllegalArgumentException("no running runtime in " + local.dir()
                        + ": run 'pilothouse runtime start --workspace " + workspace
                        + (runtime.dir == null ? "" : " --dir " + runtime.dir) + "' first");
            }
            return Optional.of(Attach.attach(local.endpoint(nodes.get(0))));
        }
        Remote remote = runtime.remote;
        Credentials credentials = new Credentials.Basic(
                remote.user, Files.readString(remote.passwordFile).strip());
        return Optional.of(Attach.attach(Attach.endpoint(remote.url, remote.httpUrl, credentials)));
    }

    /** Governance needs a deployer only to implement its runtime target; no gateway tool reaches it. */
    private Deployer deployer(HarperClient client) {
        if (runtime.dir != null || runtime.local) {
            LocalRuntime local = local();
            return local.deployer(local.nodes().get(0));
        }
        return new Deployer(client);
    }

    /** The local runtime in {@code --runtime DIR}, refused inside the workspace the gateway serves. */
    private LocalRuntime local() {
        return ConsoleHome.localRuntime(
                home.home(), workspace, runtime.dir, spec.commandLine().getErr());
    }
}
