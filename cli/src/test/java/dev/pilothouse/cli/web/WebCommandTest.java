package dev.pilothouse.cli.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pilothouse.cli.Main;
import dev.pilothouse.runtime.RuntimeNode;
import dev.pilothouse.web.WebNetwork;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Option handling only; serving the console is covered end to end in console-web (WebConsoleIT). */
class WebCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void helpListsTheOptions() {
        assertThat(run("web", "--help")).isZero();
        assertThat(out.toString()).contains("--port", "--workspace", "--attach", "/setup");
        assertThat(out.toString())
                .contains(
                        "--bind",
                        "127.0.0.1",
                        "--tls-keystore",
                        "--tls-keystore-password-file",
                        "--behind-proxy",
                        "--public-host");
    }

    @Test
    void aKeystoreWithoutItsPasswordFileIsAUsageError() {
        assertThat(run("web", "--port", "0", "--tls-keystore", "console.p12")).isEqualTo(2);
        assertThat(err.toString()).contains("--tls-keystore and --tls-keystore-password-file go together");
    }

    @Test
    void aNetworkBindWithoutTlsIsWarnedAboutAndLoopbackIsNot() throws Exception {
        var exposed = new WebNetwork(InetAddress.getByName("192.0.2.10"), Optional.empty(), false, List.of());
        var tls = new WebNetwork(
                InetAddress.getByName("192.0.2.10"),
                Optional.of(new WebNetwork.Tls(Path.of("k.p12"), Path.of("pw"))),
                false,
                List.of());

        assertThat(WebCommand.exposureWarning(exposed))
                .hasValueSatisfying(
                        warning -> assertThat(warning).contains("192.0.2.10", "without TLS", "--tls-keystore"));
        assertThat(WebCommand.exposureWarning(tls)).isEmpty();
        assertThat(WebCommand.exposureWarning(WebNetwork.local())).isEmpty();
    }

    @Test
    void theConsoleNeverShowsARuntimeAnAgentDescribedInTheWorkspace(@TempDir Path tmp) throws Exception {
        Path workspace = Files.createDirectories(tmp.resolve("shop"));
        Path planted = Files.createDirectories(workspace.resolve(".pilothouse/runtime"));
        URI trap = URI.create("http://127.0.0.1:9/");
        new ObjectMapper()
                .writeValue(
                        planted.resolve("nodes.json").toFile(),
                        List.of(new RuntimeNode(
                                "node1",
                                "127.0.0.1",
                                trap,
                                trap,
                                1883,
                                9933,
                                0,
                                planted.resolve("credentials.json"),
                                planted.resolve("node1/hdb"))));
        System.setProperty("pilothouse.home", tmp.resolve("home").toString());
        try {
            WebCommand web = new WebCommand();
            CommandLine line = new CommandLine(web).setErr(new PrintWriter(err, true));
            line.parseArgs("--workspace", workspace.toString());

            assertThat(web.harper()).isEmpty(); // the console's own folder has no nodes; the planted ones are ignored
            assertThat(err.toString()).contains(planted.toString()).contains("ignored");
        } finally {
            System.clearProperty("pilothouse.home");
        }
    }

    @Test
    void attachWithoutCredentialsIsAUsageError() {
        assertThat(run("web", "--port", "0", "--attach", "http://127.0.0.1:9/")).isEqualTo(2);
        assertThat(err.toString()).contains("--attach needs --user and --password-file");
    }
}
