package dev.pilothouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.agent.auth.AgentRegistry;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.audit.AuditLog;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentsCommandTest {

    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @org.junit.jupiter.api.BeforeEach
    void registerTheCallerAsAda() {
        // agents are managed by an admin proved by this process's OS account
        dev.pilothouse.workspace.humans.HumanRegistry.forCurrentAccount(
                        new dev.pilothouse.workspace.PilothouseHome(home))
                .add("ada", java.util.Set.of(), java.util.Optional.empty());
    }

    private int run(String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[] {"--home", home.toString(), "--as", "human:ada"}, 0, all, args.length, 4);
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
    }

    private List<String> lines() {
        return out.toString().lines().toList();
    }

    @Test
    void addPrintsTheTokenOnceAsTheLastLineAndStoresOnlyItsHash() throws IOException {
        assertThat(run("agents", "add", "claude", "--scopes", "read,propose")).isZero();

        String token = lines().getLast();
        assertThat(token).startsWith("pht_").hasSizeGreaterThanOrEqualTo(4 + 43); // 256 bits, base64url
        Path registry = new AgentRegistry(new PilothouseHome(home), Clock.systemUTC()).file();
        assertThat(Files.readString(registry)).doesNotContain(token).contains("tokenSha256");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(registry)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(registry.getParent())))
                .isEqualTo("rwx------");
        assertThat(new AgentRegistry(new PilothouseHome(home), Clock.systemUTC()).lookup(token))
                .isPresent();
    }

    @Test
    void listShowsScopesAndRevocation() {
        run("agents", "add", "reader");
        run("agents", "add", "writer", "--scopes", "read,propose");
        assertThat(run("agents", "revoke", "reader")).isZero();
        out.getBuffer().setLength(0);

        assertThat(run("agents", "list")).isZero();

        assertThat(lines())
                .anySatisfy(
                        l -> assertThat(l).startsWith("reader").contains("read").doesNotEndWith("-"));
        assertThat(lines())
                .anySatisfy(l -> assertThat(l)
                        .startsWith("writer")
                        .contains("read,propose")
                        .endsWith("-"));
    }

    @Test
    void tokenManagementIsAuditedByTheHuman() {
        run("agents", "add", "bot");
        run("agents", "revoke", "bot");

        var entries = new AuditLog(new PilothouseHome(home).auditLog(), Clock.systemUTC()).entries();
        assertThat(entries)
                .extracting(e -> e.action())
                .containsExactly("humans.add", "request.filed", "agent.token.issued", "agent.token.revoked");
        assertThat(entries).allSatisfy(e -> assertThat(e.actor()).isEqualTo("human:ada"));
    }

    @Test
    void unknownScopesAndAgentActorsAreRefused() {
        assertThat(run("agents", "add", "bot", "--scopes", "read,deploy")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown scope 'deploy'");
        assertThat(Main.run(
                        new PrintWriter(out, true),
                        new PrintWriter(err, true),
                        "agents",
                        "add",
                        "bot2",
                        "--home",
                        home.toString(),
                        "--as",
                        "agent:sneaky"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("agent:sneaky is an agent", "only a registered human");
    }
}
