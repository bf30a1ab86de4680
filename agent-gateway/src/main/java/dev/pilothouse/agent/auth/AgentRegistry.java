package dev.pilothouse.agent.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pilothouse.workspace.Hashing;
import dev.pilothouse.workspace.Json;
import dev.pilothouse.workspace.OwnerOnly;
import dev.pilothouse.workspace.PilothouseHome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The agents a human registered, kept in {@code $PILOTHOUSE_HOME/agents/agents.json} (owner-only) and never in a
 * workspace repository. Tokens are 256 random bits; only their SHA-256 is stored. A fast hash is enough here
 * because the token is not a password: with 2^256 possibilities there is nothing to brute-force, so a slow KDF
 * would only cost every request without protecting anything. The file is re-read when it changes, so a revoke
 * from the CLI takes effect in a running server at the next request.
 */
public final class AgentRegistry {

    public static final String TOKEN_PREFIX = "pht_";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    /** lastUsed is written at most this often per agent: it is a hint for humans, not an audit record. */
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private static final ObjectMapper JSON = Json.COMPACT;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final Path lock;
    private final Clock clock;
    private List<Agent> cached = List.of();
    private Instant cachedStamp = Instant.EPOCH;

    public AgentRegistry(PilothouseHome home, Clock clock) {
        Path dir = home.root().resolve("agents");
        this.file = dir.resolve("agents.json");
        this.lock = dir.resolve("agents.lock");
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    /**
     * A new token for {@code name}, not yet registered: the caller files it as a change request
     * ({@link AgentTokenChange}) and the gateway accepts it only once that request is applied. Only its hash is
     * ever stored.
     */
    public IssuedToken prepare(String name, Set<Scope> scopes) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name + "' is not an agent name: lower-case letters, digits,"
                    + " . _ - (at most 64, starting with a letter or digit)");
        }
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("an agent needs at least one scope");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new IssuedToken(
                new Agent(name, EnumSet.copyOf(scopes), Hashing.sha256(token), clock.instant(), null, null), token);
    }

    /** Registers a prepared agent (only {@link AgentTokenChange} calls this, once its request is applied). */
    void register(Agent agent) {
        update(agents -> {
            if (agents.stream().anyMatch(a -> a.name().equals(agent.name()) && !a.revokedAlready())) {
                throw new IllegalArgumentException(
                        "agent '" + agent.name() + "' exists; revoke it first to issue a" + " new token");
            }
            List<Agent> more = new ArrayList<>(
                    agents.stream().filter(a -> !a.name().equals(agent.name())).toList());
            more.add(new Agent(agent.name(), agent.scopes(), agent.tokenHash(), clock.instant(), null, null));
            return more;
        });
    }

    /**
     * Registers an agent at once and returns its token: for test fixtures only. Production code files a change
     * request instead ({@link #prepare}, {@link AgentTokenChange}); {@code ArchitectureRules
     * .ONLY_REQUESTS_CHANGE_THE_BOUNDARY} fails any production caller but a request applier.
     */
    public IssuedToken add(String name, Set<Scope> scopes) {
        IssuedToken token = prepare(name, scopes);
        register(token.agent());
        return token;
    }

    /** The active (not revoked) agent named {@code name}. */
    public Optional<Agent> active(String name) {
        return list().stream()
                .filter(a -> a.name().equals(name) && !a.revokedAlready())
                .findFirst();
    }

    /** Revokes an agent's token at once; returns the revoked record. */
    public Agent revoke(String name) {
        Instant now = clock.instant();
        List<Agent> after = update(agents -> agents.stream()
                .map(a -> a.name().equals(name) && !a.revokedAlready() ? a.revokedAt(now) : a)
                .toList());
        Agent agent = after.stream()
                .filter(a -> a.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no agent named '" + name + "'"));
        if (!now.equals(agent.revoked())) {
            throw new IllegalArgumentException("agent '" + name + "' was already revoked at " + agent.revoked());
        }
        return agent;
    }

    public synchronized List<Agent> list() {
        refresh();
        return cached;
    }

    /** The agent a bearer token belongs to, revoked or not; empty for an unknown token. */
    public synchronized Optional<Agent> lookup(String token) {
        refresh();
        byte[] hash = Hashing.sha256(token).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Agent found = null;
        for (Agent agent : cached) { // compare every entry in constant time: no early exit to time
            if (MessageDigest.isEqual(hash, agent.tokenHash().getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
                found = agent;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Records that an agent was seen (at most once a minute). */
    public void touch(Agent agent) {
        Instant now = clock.instant();
        if (agent.lastUsed() != null && agent.lastUsed().plus(TOUCH_INTERVAL).isAfter(now)) {
            return;
        }
        update(agents -> agents.stream()
                .map(a -> a.tokenHash().equals(agent.tokenHash()) ? a.usedAt(now) : a)
                .toList());
    }

    private synchronized List<Agent> update(UnaryOperator<List<Agent>> change) {
        try {
            Owner.createPrivateDirectory(file.getParent());
            try (FileChannel channel = OwnerOnly.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock ignored = channel.lock()) {
                List<Agent> after = change.apply(read());
                write(after);
                cached = List.copyOf(after);
                cachedStamp = stamp();
                return cached;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not update the agent registry " + file, e);
        }
    }

    private void refresh() {
        try {
            Instant stamp = stamp();
            if (!stamp.equals(cachedStamp)) {
                cached = List.copyOf(read());
                cachedStamp = stamp;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the agent registry " + file, e);
        }
    }

    private Instant stamp() throws IOException {
        return Files.exists(file)
                ? Files.getLastModifiedTime(file).toInstant().plusNanos(Files.size(file))
                : Instant.EPOCH;
    }

    private List<Agent> read() throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<Agent> agents = new ArrayList<>();
        for (JsonNode node : JSON.readTree(file.toFile()).path("agents")) {
            Set<Scope> scopes = EnumSet.noneOf(Scope.class);
            node.path("scopes").forEach(s -> scopes.add(Scope.valueOf(s.asText())));
            agents.add(new Agent(
                    node.path("name").asText(),
                    scopes,
                    node.path("tokenSha256").asText(),
                    Instant.parse(node.path("created").asText()),
                    instant(node.path("lastUsed")),
                    instant(node.path("revoked"))));
        }
        return agents;
    }

    private void write(List<Agent> agents) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("agents");
        for (Agent a : agents) {
            ObjectNode node = list.addObject().put("name", a.name());
            a.scopes().stream().sorted().forEach(s -> node.withArray("scopes").add(s.name()));
            node.put("tokenSha256", a.tokenHash())
                    .put("created", a.created().toString())
                    .put("lastUsed", a.lastUsed() == null ? null : a.lastUsed().toString())
                    .put("revoked", a.revoked() == null ? null : a.revoked().toString());
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Owner.createPrivateFile(tmp);
        Files.write(
                tmp,
                JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root),
                StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static Instant instant(JsonNode node) {
        return node.isTextual() ? Instant.parse(node.asText()) : null;
    }
}
