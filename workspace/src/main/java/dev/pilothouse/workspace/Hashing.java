package dev.pilothouse.workspace;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/** SHA-256 helpers shared by the audit chain and proposal content hashes. */
public final class Hashing {

    private Hashing() {}

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The hash of a set of app files: names sorted, each bound to the hash of its content. */
    public static String contentHash(Map<String, String> files) {
        StringBuilder manifest = new StringBuilder();
        new TreeMap<>(files)
                .forEach((name, content) -> manifest.append(name)
                        .append('\0')
                        .append(sha256(content))
                        .append('\n'));
        return sha256(manifest.toString());
    }
}
