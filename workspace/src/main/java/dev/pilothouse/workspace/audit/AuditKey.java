package dev.pilothouse.workspace.audit;

import dev.pilothouse.workspace.OwnerOnly;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The Ed25519 key that signs audit checkpoints: the private half in an owner-only file next to the log (created on
 * first use), the public half beside it. Whoever holds only the public key (a verifier, the desktop's pinned copy)
 * can check a checkpoint but cannot make one.
 */
public final class AuditKey {

    static final String PRIVATE_FILE = "checkpoint-ed25519.key";
    static final String PUBLIC_FILE = "checkpoint-ed25519.pub";
    private static final String DOMAIN = "pilothouse audit checkpoint v1\n";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private AuditKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** The key of the log in {@code dir}, generated (private file 0600) when there is none yet. */
    public static AuditKey loadOrCreate(Path dir) {
        Path priv = dir.resolve(PRIVATE_FILE);
        try {
            if (!Files.isRegularFile(priv)) {
                createOnce(dir);
            }
            byte[] pkcs8 = Base64.getDecoder().decode(Files.readString(priv).strip());
            PrivateKey key = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            PublicKey pub = readPublic(dir.resolve(PUBLIC_FILE))
                    .orElseThrow(() -> new IllegalStateException(
                            "the audit key's public half " + dir.resolve(PUBLIC_FILE) + " is missing"));
            return new AuditKey(key, pub);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the audit signing key in " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the audit signing key in " + dir + " is not an Ed25519 key", e);
        }
    }

    /** One maker at a time, across threads (the monitor) and processes (the file lock). */
    private static synchronized void createOnce(Path dir) throws IOException, GeneralSecurityException {
        OwnerOnly.createDirectories(dir);
        try (FileChannel channel = OwnerOnly.open(
                        dir.resolve(PRIVATE_FILE + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            if (!Files.isRegularFile(dir.resolve(PRIVATE_FILE))) {
                create(dir);
            }
        }
    }

    private static void create(Path dir) throws IOException, GeneralSecurityException {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Path tmp = dir.resolve(PRIVATE_FILE + ".tmp");
        Files.deleteIfExists(tmp);
        OwnerOnly.createFile(tmp);
        Files.writeString(
                tmp, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n");
        // the public half is no secret, but the home has one rule: owner-only, whatever the umask
        OwnerOnly.write(
                dir.resolve(PUBLIC_FILE), (encode(pair.getPublic()) + "\n").getBytes(StandardCharsets.US_ASCII));
        Files.move(tmp, dir.resolve(PRIVATE_FILE), StandardCopyOption.ATOMIC_MOVE);
    }

    /** The public key stored at {@code file}, when there is one. */
    public static Optional<PublicKey> readPublic(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(decode(Files.readString(file).strip()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the audit public key " + file, e);
        }
    }

    /** The public key that verifies the log in {@code dir}, when a key was made there. */
    public static Optional<PublicKey> publicKeyIn(Path dir) {
        return readPublic(dir.resolve(PUBLIC_FILE));
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    /** Base64 signature over the checkpoint's count and hash. */
    public String sign(AuditCheckpoint checkpoint) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(privateKey);
            s.update(signedBytes(checkpoint));
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every JDK since 15", e);
        }
    }

    /** Whether {@code signature} (Base64) is {@code key}'s signature over {@code checkpoint}. */
    public static boolean verifies(PublicKey key, AuditCheckpoint checkpoint, String signature) {
        if (signature == null || signature.isBlank()) {
            return false;
        }
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(key);
            s.update(signedBytes(checkpoint));
            return s.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Base64 of the X.509 encoding, the form pinned by verifiers. */
    public static String encode(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    public static PublicKey decode(String base64) {
        try {
            return KeyFactory.getInstance("Ed25519")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an Ed25519 public key: " + e.getMessage(), e);
        }
    }

    /** A short name for a public key (first 8 bytes of its SHA-256, hex), for messages and pins. */
    public static String fingerprint(PublicKey key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()), 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static byte[] signedBytes(AuditCheckpoint checkpoint) {
        return (DOMAIN + checkpoint.seq() + "\n" + checkpoint.hash() + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
