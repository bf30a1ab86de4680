package dev.pilothouse.plugin.host;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The admin's allow-list of workspace plugin jars, {@code <console home>/plugin-trust.json}: SHA-256 to name, who
 * allowed it and when. It lives in the console home, never in a workspace, so nothing a proposal or an agent can
 * write reaches it; it is written owner-only.
 */
public final class PluginTrust {

    public static final String FILE = "plugin-trust.json";
    /** Jars above this are refused unread: the whole jar is held in memory while it is hashed and copied. */
    public static final long MAX_JAR_BYTES = 256L * 1024 * 1024;

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public PluginTrust(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    /** The allow-list of the console home {@code homeRoot}. */
    public static PluginTrust in(Path homeRoot) {
        return new PluginTrust(homeRoot.resolve(FILE));
    }

    public Path file() {
        return file;
    }

    /** Every allowed jar by hash; no file means none. A malformed file throws, naming it. */
    public Map<String, TrustedJar> entries() {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        Map<String, TrustedJar> out = new LinkedHashMap<>();
        try {
            for (JsonNode n : JSON.readTree(file.toFile()).path("trusted")) {
                String sha = n.path("sha256").asText("");
                if (!SHA256.matcher(sha).matches()) {
                    throw new IllegalArgumentException(file + ": '" + sha + "' is not a lower-case SHA-256");
                }
                out.put(
                        sha,
                        new TrustedJar(
                                sha,
                                n.path("name").asText(""),
                                n.path("allowedBy").asText(""),
                                Instant.parse(n.path("allowedAt").asText())));
            }
        } catch (IOException | DateTimeParseException e) {
            throw new IllegalArgumentException(file + " is not a readable plugin allow-list: " + e.getMessage(), e);
        }
        return out;
    }

    public Optional<TrustedJar> find(String sha256) {
        return Optional.ofNullable(entries().get(sha256));
    }

    /**
     * Allow-lists the jar's current bytes; a later change to the jar makes it a different, unlisted jar. For test
     * fixtures: production code trusts through a change request ({@code ONLY_REQUESTS_CHANGE_THE_BOUNDARY}).
     */
    public TrustedJar trust(Path jar, String who, Instant when) {
        String sha = sha256(read(jar));
        Map<String, TrustedJar> all = new LinkedHashMap<>(entries());
        TrustedJar entry = new TrustedJar(sha, jar.getFileName().toString(), who, when);
        all.put(sha, entry);
        write(all);
        return entry;
    }

    /** The SHA-256 of the jar's current bytes (what {@link #trust} would list). */
    public static String hashOf(Path jar) {
        return sha256(read(jar));
    }

    /**
     * Allow-lists a hash already computed (by {@link #hashOf}, when a change request to trust it was filed); only a
     * {@code PluginTrustChange.AllowList} calls it in production ({@code ONLY_REQUESTS_CHANGE_THE_BOUNDARY}).
     */
    public TrustedJar trustHash(String sha256, String name, String who, Instant when) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("'" + sha256 + "' is not a lower-case SHA-256");
        }
        Map<String, TrustedJar> all = new LinkedHashMap<>(entries());
        TrustedJar entry = new TrustedJar(sha256, name, who, when);
        all.put(sha256, entry);
        write(all);
        return entry;
    }

    /** Removes a hash from the list; an unknown hash throws, naming the ones listed. */
    public TrustedJar untrust(String sha256) {
        String sha = sha256.strip().toLowerCase(java.util.Locale.ROOT);
        Map<String, TrustedJar> all = new LinkedHashMap<>(entries());
        TrustedJar removed = all.remove(sha);
        if (removed == null) {
            throw new IllegalArgumentException("sha256 " + sha + " is not allow-listed in " + file
                    + (all.isEmpty() ? " (the list is empty)" : " (listed: " + String.join(", ", all.keySet()) + ")"));
        }
        write(all);
        return removed;
    }

    /** The jar's bytes, read once: the caller hashes and loads these same bytes, never the file again. */
    static byte[] read(Path jar) {
        try (InputStream in = Files.newInputStream(jar)) {
            byte[] bytes = in.readNBytes((int) MAX_JAR_BYTES + 1);
            if (bytes.length > MAX_JAR_BYTES) {
                throw new IllegalArgumentException(jar + " is larger than " + MAX_JAR_BYTES / (1024 * 1024) + " MiB");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jar + ": " + e.getMessage(), e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Writes beside the file, owner-only, and moves it into place so a reader never sees half a list. */
    private void write(Map<String, TrustedJar> all) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("trusted");
        all.values()
                .forEach(t -> list.addObject()
                        .put("sha256", t.sha256())
                        .put("name", t.name())
                        .put("allowedBy", t.allowedBy())
                        .put("allowedAt", t.allowedAt().toString()));
        try {
            Files.createDirectories(file.getParent());
            Path temp = posix()
                    ? Files.createTempFile(
                            file.getParent(),
                            FILE,
                            ".tmp",
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                    : Files.createTempFile(file.getParent(), FILE, ".tmp");
            try {
                JSON.writeValue(temp.toFile(), root);
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
