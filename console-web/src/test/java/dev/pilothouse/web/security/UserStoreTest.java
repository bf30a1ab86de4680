package dev.pilothouse.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

class UserStoreTest {

    @TempDir
    Path home;

    private final Pbkdf2PasswordEncoder encoder = new Pbkdf2PasswordEncoder(
            "", 16, 1000, Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256); // fast for tests

    private JsonLinesAuditSink audit() {
        return new JsonLinesAuditSink(home.resolve("audit.jsonl"));
    }

    @Test
    void usersSurviveARestartWithHashedPasswordsInAPrivateFile() throws Exception {
        Path file = home.resolve("users.json");
        new UserStore(file, encoder, audit())
                .create("first-run", "ada", "correct horse battery", EnumSet.of(Role.ADMIN));

        UserStore reloaded = new UserStore(file, encoder, audit());

        LocalUser ada = reloaded.find("ada").orElseThrow();
        assertThat(ada.roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.VIEWER);
        assertThat(Files.readString(file)).doesNotContain("correct horse battery");
        assertThat(encoder.matches("correct horse battery", ada.passwordHash())).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    @Test
    void roleChangesAndCreationsAreAudited() {
        JsonLinesAuditSink audit = audit();
        UserStore store = new UserStore(home.resolve("users.json"), encoder, audit);
        store.create("first-run", "ada", "correct horse battery", EnumSet.of(Role.ADMIN));
        store.create("ada", "bob", "another long secret", EnumSet.of(Role.VIEWER));

        store.setRoles("ada", "bob", EnumSet.of(Role.DEVELOPER));

        assertThat(audit.recent(10))
                .extracting(AuditEvent::action)
                .containsExactly("user-created", "user-created", "roles-changed");
        AuditEvent change = audit.recent(1).get(0);
        assertThat(change.actor()).isEqualTo("ada");
        assertThat(change.subject()).isEqualTo("bob");
        assertThat(change.details().get("to")).contains("DEVELOPER");
    }

    @Test
    void theLastAdminCannotBeDemoted() {
        UserStore store = new UserStore(home.resolve("users.json"), encoder, audit());
        store.create("first-run", "ada", "correct horse battery", EnumSet.of(Role.ADMIN));

        assertThatThrownBy(() -> store.setRoles("ada", "ada", EnumSet.of(Role.VIEWER)))
                .hasMessageContaining("last admin");
    }

    @Test
    void shortPasswordsAndOddNamesAreRefused() {
        UserStore store = new UserStore(home.resolve("users.json"), encoder, audit());
        assertThatThrownBy(() -> store.create("x", "ada", "short", EnumSet.of(Role.VIEWER)))
                .hasMessageContaining("at least");
        assertThatThrownBy(() -> store.create("x", "../etc", "long enough password", EnumSet.of(Role.VIEWER)))
                .hasMessageContaining("User names");
        assertThat(store.isEmpty()).isTrue();
    }

    @Test
    void theSetupTokenCreatesOneAdminOnceAndSurvivesAWrongAttempt() {
        UserStore store = new UserStore(home.resolve("users.json"), encoder, audit());
        FirstRunToken token = new FirstRunToken(true);
        String secret = token.pending().orElseThrow();

        assertThatThrownBy(() -> token.createAdmin(store, "wrong", "ada", "correct horse battery"))
                .hasMessageContaining("not the setup token");
        assertThatThrownBy(() -> token.createAdmin(store, secret, "ada", "short"))
                .hasMessageContaining("at least");
        LocalUser admin = token.createAdmin(store, secret, "ada", "correct horse battery");

        assertThat(admin.roles()).containsExactlyInAnyOrder(Role.values());
        assertThat(token.pending()).isEmpty();
        assertThatThrownBy(() -> token.createAdmin(store, secret, "eve", "correct horse battery"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aUserChangesTheirPasswordOnlyWithTheCurrentOneAndNothingSecretIsLogged() throws Exception {
        JsonLinesAuditSink audit = audit();
        Path file = home.resolve("users.json");
        UserStore store = new UserStore(file, encoder, audit);
        store.create("first-run", "ada", "correct horse battery", EnumSet.of(Role.ADMIN));
        String before = store.find("ada").orElseThrow().passwordHash();

        assertThatThrownBy(() -> store.changePassword("ada", "a wrong guess!", "a brand new secret"))
                .hasMessageContaining("Current password");
        assertThatThrownBy(() -> store.changePassword("ada", "correct horse battery", "short"))
                .hasMessageContaining("New password: at least");
        assertThatThrownBy(() -> store.changePassword("ada", "correct horse battery", "correct horse battery"))
                .hasMessageContaining("the same");
        assertThat(store.find("ada").orElseThrow().passwordHash())
                .as("refusals change nothing")
                .isEqualTo(before);

        store.changePassword("ada", "correct horse battery", "a brand new secret");

        String after =
                new UserStore(file, encoder, audit).find("ada").orElseThrow().passwordHash();
        assertThat(encoder.matches("a brand new secret", after)).isTrue();
        assertThat(encoder.matches("correct horse battery", after)).isFalse();
        assertThat(audit.recent(10))
                .extracting(AuditEvent::action)
                .containsExactly("user-created", "password-change-refused", "password-changed");
        assertThat(Files.readString(home.resolve("audit.jsonl")))
                .doesNotContain("a wrong guess!", "a brand new secret", "correct horse battery");
    }

    @Test
    void anAdminResetsAnotherUsersPasswordAudited() {
        JsonLinesAuditSink audit = audit();
        UserStore store = new UserStore(home.resolve("users.json"), encoder, audit);
        store.create("first-run", "ada", "correct horse battery", EnumSet.of(Role.ADMIN));
        store.create("ada", "bob", "another long secret", EnumSet.of(Role.VIEWER));

        assertThatThrownBy(() -> store.resetPassword("ada", "bob", "tiny")).hasMessageContaining("at least");
        store.resetPassword("ada", "bob", "a reset long secret");

        assertThat(encoder.matches(
                        "a reset long secret", store.find("bob").orElseThrow().passwordHash()))
                .isTrue();
        AuditEvent reset = audit.recent(1).get(0);
        assertThat(reset.action()).isEqualTo("password-reset");
        assertThat(reset.actor()).isEqualTo("ada");
        assertThat(reset.subject()).isEqualTo("bob");
    }
}
