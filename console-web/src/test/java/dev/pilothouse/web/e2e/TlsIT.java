package dev.pilothouse.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.web.WebNetwork;
import dev.pilothouse.web.security.JsonLinesAuditSink;
import dev.pilothouse.web.security.Role;
import dev.pilothouse.web.security.UserStore;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/** With a keystore the console serves HTTPS, and the session cookie it sets is Secure, HttpOnly and SameSite=Strict. */
class TlsIT {

    private static final String PASSWORD = "tls correct horse";
    private static ConfigurableApplicationContext context;

    @BeforeAll
    static void start() throws Exception {
        Path dir = WebFixture.TARGET.resolve("tls-it-keys");
        Consoles.deleteTree(dir);
        Files.createDirectories(dir);
        Path keystore = dir.resolve("console.p12");
        Path passwordFile = dir.resolve("keystore-password");
        String storePassword = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        Files.writeString(passwordFile, storePassword);
        keytool(keystore, storePassword); // made here, never committed: a throwaway self-signed key
        context = Consoles.start(
                "tls-it",
                new WebNetwork(
                        InetAddress.getLoopbackAddress(),
                        Optional.of(new WebNetwork.Tls(keystore, passwordFile)),
                        false,
                        List.of()),
                TlsIT::addUser);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void signingInOverHttpsSetsASecureSessionCookie() {
        try (Browser browser =
                new Browser("https://localhost:" + Consoles.port(context) + "/", "--ignore-certificate-errors")) {
            browser.signIn("tls-user", PASSWORD);

            assertThat(browser.driver.getCurrentUrl()).startsWith("https://");
            Cookie session = browser.driver.manage().getCookieNamed("JSESSIONID");
            assertThat(session).isNotNull();
            assertThat(session.isSecure()).as("Secure").isTrue();
            assertThat(session.isHttpOnly()).as("HttpOnly").isTrue();
            assertThat(session.getSameSite()).isEqualTo("Strict");
        }
    }

    /** Before the console starts, so it serves the sign-in page rather than first-run setup. */
    private static void addUser(Path home) {
        var encoder = new Pbkdf2PasswordEncoder(
                "", 16, 600_000, Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256);
        new UserStore(home.resolve("web/users.json"), encoder, new JsonLinesAuditSink(home.resolve("web/audit.jsonl")))
                .create("test", "tls-user", PASSWORD, Set.of(Role.VIEWER));
    }

    private static void keytool(Path keystore, String password) throws IOException, InterruptedException {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(
                        keytool.toString(),
                        "-genkeypair",
                        "-alias",
                        "console",
                        "-keyalg",
                        "EC",
                        "-groupname",
                        "secp256r1",
                        "-dname",
                        "CN=localhost",
                        "-ext",
                        "SAN=dns:localhost,ip:127.0.0.1",
                        "-validity",
                        "2",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        keystore.toString(),
                        "-storepass",
                        password,
                        "-keypass",
                        password)
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }
}
