package dev.pilothouse.cli.web;

import dev.pilothouse.cli.home.ConsoleHome;
import dev.pilothouse.runtime.Attach;
import dev.pilothouse.runtime.Credentials;
import dev.pilothouse.runtime.HarperEndpoint;
import dev.pilothouse.runtime.LocalRuntime;
import dev.pilothouse.runtime.RuntimeNode;
import dev.pilothouse.web.PilothouseWeb;
import dev.pilothouse.web.WebNetwork;
import dev.pilothouse.web.WebOptions;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code pilothouse web}: serves the web console (production build) from this process until stopped. */
@Command(
        name = "web",
        mixinStandardHelpOptions = true,
        description = {
            "Serve the web console in this process until Ctrl-C.",
            "The first run prints a one-time token to create the admin on /setup.",
            "Users and the audit log live in $PILOTHOUSE_HOME/web (default ~/.pilothouse/web).",
            "Listens on 127.0.0.1 unless --bind says otherwise; see docs/web.md, Network and TLS."
        })
public final class WebCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", description = "HTTP port (default 8080; 0 picks a free one).")
    int port = 8080;

    @Option(names = "--workspace", paramLabel = "DIR", description = "Folder with the app's files (default: current).")
    Path workspace = Path.of(".");

    @Option(
            names = "--attach",
            paramLabel = "URL",
            description = "Operations API URL of a running Harper; default: the workspace's local runtime (under"
                    + " $PILOTHOUSE_HOME), if it runs.")
    URI attach;

    @Option(
            names = "--http-url",
            paramLabel = "URL",
            description = "App (REST/WS) URL with --attach; default: ops port + 1.")
    URI httpUrl;

    @Option(names = "--user", paramLabel = "USER", description = "Harper user for --attach (with --password-file).")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE", description = "File holding the password for --user.")
    Path passwordFile;

    @Option(
            names = "--bind",
            paramLabel = "ADDRESS",
            description = "Address to listen on (default 127.0.0.1: this machine only).")
    String bind = "127.0.0.1";

    @Option(names = "--tls-keystore", paramLabel = "FILE", description = "PKCS#12 keystore: serve HTTPS with it.")
    Path tlsKeystore;

    @Option(
            names = "--tls-keystore-password-file",
            paramLabel = "FILE",
            description = "File holding the keystore's password (with --tls-keystore).")
    Path tlsPasswordFile;

    @Option(
            names = "--behind-proxy",
            description = "Trust the reverse proxy's X-Forwarded-* headers (scheme, client address).")
    boolean behindProxy;

    @Option(
            names = "--public-host",
            paramLabel = "NAME",
            description =
                    "Host name clients use to reach the console (repeatable); /mcp accepts it in Host and Origin.")
    List<String> publicHosts = new java.util.ArrayList<>();

    @Override
    public Integer call() throws Exception {
        WebNetwork network = network();
        exposureWarning(network).ifPresent(warning -> {
            spec.commandLine().getErr().println(warning);
            spec.commandLine().getErr().flush();
        });
        WebOptions options = new WebOptions(port, workspace, WebOptions.defaultHome(), harper(), network);
        ConfigurableApplicationContext context = PilothouseWeb.start(options);
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        String actualPort = context.getEnvironment().getProperty("local.server.port", String.valueOf(port));
        spec.commandLine()
                .getOut()
                .println("Pilothouse web console: " + network.scheme() + "://" + network.urlHost()
                        + ":" + actualPort + "/"
                        + options.harper()
                                .map(h -> "  (Harper " + h.operationsUrl() + ")")
                                .orElse("  (no Harper attached)"));
        spec.commandLine().getOut().flush();
        closed.await();
        return 0;
    }

    /** What to tell whoever starts a console that others can reach with nothing encrypting the traffic. */
    static Optional<String> exposureWarning(WebNetwork network) {
        return network.exposedInClear()
                ? Optional.of("WARNING: listening on " + network.bind().getHostAddress()
                        + " without TLS: passwords, session cookies and agent tokens cross the network in clear."
                        + " Give --tls-keystore, or bind 127.0.0.1 behind a TLS reverse proxy (--behind-proxy).")
                : Optional.empty();
    }

    private WebNetwork network() throws IOException {
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new ParameterException(spec.commandLine(), "--bind: unknown address " + bind);
        }
        if ((tlsKeystore == null) != (tlsPasswordFile == null)) {
            throw new ParameterException(
                    spec.commandLine(), "--tls-keystore and --tls-keystore-password-file go together");
        }
        Optional<WebNetwork.Tls> tls =
                Optional.ofNullable(tlsKeystore).map(k -> new WebNetwork.Tls(k, tlsPasswordFile));
        return new WebNetwork(address, tls, behindProxy, publicHosts);
    }

    /** The Harper the console shows: {@code --attach}, else the workspace's local runtime when it has nodes. */
    Optional<HarperEndpoint> harper() throws IOException {
        if (attach != null) {
            if (user == null || passwordFile == null) {
                throw new ParameterException(spec.commandLine(), "--attach needs --user and --password-file");
            }
            String password = Files.readString(passwordFile).strip();
            return Optional.of(Attach.endpoint(attach, httpUrl, new Credentials.Basic(user, password)));
        }
        LocalRuntime local;
        try {
            local = ConsoleHome.localRuntime(
                    ConsoleHome.current(), workspace, null, spec.commandLine().getErr());
        } catch (dev.pilothouse.workspace.Refusal e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        List<RuntimeNode> nodes = local.nodes();
        return nodes.isEmpty() ? Optional.empty() : Optional.of(local.endpoint(nodes.get(0)));
    }
}
