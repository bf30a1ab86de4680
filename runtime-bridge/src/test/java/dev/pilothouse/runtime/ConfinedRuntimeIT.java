package dev.pilothouse.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A resources.js whose module body tries every forbidden act, deployed into a confined Harper: each act leaves a
 * trace only if it succeeds, and none may. The same code deployed unconfined would succeed (security.md §1).
 */
class ConfinedRuntimeIT {

    @TempDir
    static Path tmp;

    static ConfinedRuntime confined;
    static ServerSocket listener;
    static final AtomicInteger connections = new AtomicInteger();

    @BeforeAll
    static void start() throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        listener.setSoTimeout(200);
        Thread.ofVirtual().start(() -> {
            while (!listener.isClosed()) {
                try {
                    listener.accept().close();
                    connections.incrementAndGet();
                } catch (SocketTimeoutException e) {
                    // keep listening
                } catch (IOException e) {
                    return;
                }
            }
        });
        // a home or workspace path of any length works: the sockets do not live under it
        confined = new ConfinedRuntime(
                tmp.resolve("a-folder-name-long-enough-to-push-any-socket-inside-it-past-the"
                                + "-kernels-limit-of-107-bytes")
                        .resolve("confined"),
                HarperInstaller.forCurrentUser());
        confined.start(true, Duration.ofSeconds(120));
    }

    @AfterAll
    static void stop() throws IOException {
        if (confined != null) {
            confined.close();
            // this class's credentials are its own, so its template serves nobody else
            dev.pilothouse.runtime.internal.CommandRunner.deleteQuietly(template());
        }
        listener.close();
    }

    private static Path template() {
        return confined.templateDir(new dev.pilothouse.runtime.internal.RuntimeFiles(confined.dir()).credentials());
    }

    /** Its own random credentials: this class always builds a template (Harper's install step, alone in a sandbox). */
    @Test
    void eachStartCopiesAPristineInstallThatLivesOutsideEverySandbox() throws Exception {
        Path template = template();
        assertThat(template.resolve("hdb/harperdb-config.yaml")).isRegularFile();
        assertThat(template.startsWith(confined.dir())).isFalse();
        assertThat(template.startsWith(HarperInstaller.forCurrentUser().cacheDir()))
                .as("never bound into a sandbox")
                .isFalse();
        assertThat(template.resolve("hdb/components")).isEmptyDirectory();
        try (var files = Files.list(confined.scratch().resolve("hdb"))) {
            assertThat(files.map(f -> f.getFileName().toString())).contains("harperdb-config.yaml", "database");
        }
        assertThat(confined.scratch().resolve(".pilothouse-template")).doesNotExist();
    }

    @Test
    void moduleBodyCannotReadWriteOrConnectOutsideItsScratchFolder() throws Exception {
        Path secret = tmp.resolve("secret.json");
        Files.writeString(secret, "{\"token\":\"do-not-read\"}");
        Path appendTarget = tmp.resolve("policy.json");
        Files.writeString(appendTarget, "{}");
        Path canary = tmp.resolve("canary.txt");
        Path homeCanary = Path.of(
                System.getProperty("user.home"),
                "pilothouse-confined-canary-" + ProcessHandle.current().pid());
        Path tmpCanary = Path.of(
                "/tmp", "pilothouse-confined-canary-" + ProcessHandle.current().pid());
        Path app = tmp.resolve("hostile");
        Files.createDirectories(app);
        Files.writeString(
                app.resolve("schema.graphql"), "type Probe @table @export { id: ID @primaryKey\n found: String }\n");
        Files.writeString(
                app.resolve("config.yaml"),
                "graphqlSchema:\n  files: '*.graphql'\njsResource:\n  files: " + "resources.js\nrest: true\n");
        Files.writeString(app.resolve("resources.js"), """
                import fs from 'node:fs';
                import net from 'node:net';
                const found = [];
                function attempt(name, act) { try { act(); found.push(name); } catch (e) { } }
                attempt('read', () => fs.readFileSync(%1$s, 'utf8'));
                attempt('append', () => fs.appendFileSync(%2$s, 'planted'));
                attempt('canary', () => fs.writeFileSync(%3$s, 'planted'));
                attempt('home', () => fs.writeFileSync(%4$s, 'planted'));
                attempt('tmp', () => fs.writeFileSync(%5$s, 'planted'));
                attempt('env', () => { if (Object.keys(process.env).some(k => k.startsWith('PILOTHOUSE'))) throw 0; });
                const socket = net.connect(%6$d, '127.0.0.1');
                socket.on('error', () => { });
                export class Report extends Resource {
                  get() { return { found, env: Object.keys(process.env).sort() }; }
                }
                """.formatted(
                js(secret), js(appendTarget), js(canary), js(homeCanary), js(tmpCanary), listener.getLocalPort()));

        confined.deployer().deploy(app, "hostile", Duration.ofSeconds(60));
        Thread.sleep(1500); // the socket attempt is asynchronous: give it time to land if it could

        var report = confined.client().rest().get("/Report/").orElseThrow();
        // writes to the home and /tmp succeed, into the sandbox's own empty ones; nothing else does
        assertThat(report.path("found").toString()).isEqualTo("[\"home\",\"tmp\",\"env\"]");
        assertThat(report.path("env").toString()).doesNotContain("PILOTHOUSE").doesNotContain("JAVA");
        assertThat(Files.readString(appendTarget)).isEqualTo("{}");
        assertThat(canary).doesNotExist();
        assertThat(homeCanary).doesNotExist();
        assertThat(tmpCanary).doesNotExist(); // written, but into the sandbox's own /tmp
        assertThat(connections.get()).isZero();
    }

    @Test
    void harpersOutputAndCredentialsStayOutsideTheScratchFolder() {
        assertThat(confined.output()).exists();
        assertThat(confined.output().startsWith(confined.scratch())).isFalse();
        assertThat(confined.node().credentialsFile().startsWith(confined.scratch()))
                .isFalse();
    }

    private static String js(Path path) {
        return "'" + path.toAbsolutePath() + "'";
    }
}
