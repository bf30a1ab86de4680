package dev.pilothouse.web.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.server.VaadinSession;
import dev.pilothouse.web.security.CurrentRolesFilter;
import dev.pilothouse.web.security.JsonLinesAuditSink;
import dev.pilothouse.web.security.Role;
import dev.pilothouse.web.security.UserStore;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/** A signed-in user's own password change: checked, explained when refused, and this session kept. */
@ViewPackages(packages = "dev.pilothouse.web.editor") // no routes: the dialog is built by hand here
class PasswordDialogTest extends BrowserlessTest {

    @TempDir
    Path tmp;

    @Test
    void refusalsSayWhichFieldAndASuccessKeepsThisSessionSignedIn() {
        Pbkdf2PasswordEncoder encoder = new Pbkdf2PasswordEncoder(
                "", 16, 1000, Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256);
        UserStore users =
                new UserStore(tmp.resolve("users.json"), encoder, new JsonLinesAuditSink(tmp.resolve("audit.jsonl")));
        users.create("first-run", "bob", "another long secret", EnumSet.of(Role.DEVELOPER));
        PasswordDialog dialog = new PasswordDialog(users, "bob");
        dialog.open();

        dialog.fill("another long secret", "a brand new secret", "a brand new secreT");
        dialog.save();
        assertThat(dialog.message()).startsWith("New password, again");
        dialog.fill("not my password", "a brand new secret", "a brand new secret");
        dialog.save();
        assertThat(dialog.message()).startsWith("Current password");
        assertThat(dialog.isOpened()).isTrue();

        dialog.fill("another long secret", "a brand new secret", "a brand new secret");
        dialog.save();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(encoder.matches(
                        "a brand new secret", users.find("bob").orElseThrow().passwordHash()))
                .isTrue();
        assertThat(VaadinSession.getCurrent().getSession().getAttribute(CurrentRolesFilter.CREDENTIAL))
                .as("this session records the new credential, so the filter keeps it")
                .isEqualTo(CurrentRolesFilter.credential(users.find("bob").orElseThrow()));
    }
}
