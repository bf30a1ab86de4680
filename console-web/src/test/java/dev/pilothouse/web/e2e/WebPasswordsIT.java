package dev.pilothouse.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.web.security.AuditEvent;
import dev.pilothouse.web.security.AuditSink;
import dev.pilothouse.web.security.Role;
import dev.pilothouse.web.security.UserStore;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * Passwords in headless Chromium (named to run after WebConsoleIT, which creates the first admin through /setup):
 * a user changes their own and stays signed in; an admin's reset ends the session that signed in with the old one;
 * only the newest password signs in; five wrong ones lock the name.
 */
class WebPasswordsIT {

    private static final String FIRST = "pats first secret";
    private static final String SECOND = "pats second secret";
    private static final String RESET = "pats reset secret";
    private static WebFixture web;
    private static Browser browser;

    @BeforeAll
    static void start() {
        web = WebFixture.get();
        UserStore users = web.bean(UserStore.class);
        var firstRun = web.bean(dev.pilothouse.web.security.FirstRunToken.class);
        // run alone (without WebConsoleIT, which signs the admin in through /setup): make the admin here
        firstRun.pending().ifPresent(token -> firstRun.createAdmin(users, token, "ada", "correct horse battery"));
        users.create("test-setup", "pat", FIRST, EnumSet.of(Role.DEVELOPER));
        browser = Browser.shared(web.baseUrl);
    }

    @Test
    void aChangedPasswordKeepsThisSessionAndAResetEndsIt() {
        browser.signIn("pat", FIRST);
        browser.await(By.id("change-password")).click();
        browser.await(By.cssSelector("#password-current input")).sendKeys(FIRST);
        browser.driver.findElement(By.cssSelector("#password-new input")).sendKeys(SECOND);
        browser.driver.findElement(By.cssSelector("#password-repeat input")).sendKeys(SECOND);
        browser.screenshot("web-password");
        browser.driver.findElement(By.id("password-save")).click();
        browser.until(d -> browser.pageText().contains("Password changed"), "the change confirmed");

        browser.open("data");
        browser.await(By.id("sign-out")); // still signed in: this session recorded the new credential

        try (Browser admin = new Browser(web.baseUrl)) {
            admin.signIn("ada", "correct horse battery");
            admin.open("admin/users");
            admin.await(By.id("reset-pat")).click();
            admin.await(By.cssSelector("#reset-password input")).sendKeys(RESET);
            admin.driver.findElement(By.id("reset-save")).click();
            admin.until(d -> d.findElement(By.id("users-message")).getText().contains("reset"), "the reset done");
            admin.screenshot("web-users");
        }
        browser.open("data");
        browser.until(d -> d.getCurrentUrl().contains("login"), "the old session sent to sign-in");
        assertThat(web.bean(AuditSink.class).recent(20))
                .anyMatch(e -> e.action().equals("session-ended")
                        && e.subject().equals("pat")
                        && "password changed".equals(e.details().get("reason")));

        assertThat(signInFails(FIRST)).as("the first password").isTrue();
        assertThat(signInFails(SECOND)).as("the password pat chose").isTrue();
        browser.signIn("pat", RESET);
        assertThat(web.bean(AuditSink.class).recent(50))
                .extracting(AuditEvent::action)
                .contains("password-changed", "password-reset");
    }

    @Test
    void fiveWrongPasswordsLockTheNameAndEvenTheRightOneIsRefusedThen() {
        web.bean(UserStore.class).create("test-setup", "lou", "lous long secret", EnumSet.of(Role.VIEWER));
        for (int i = 0; i < 5; i++) {
            assertThat(signInFails("lou", "a wrong guess " + i)).isTrue();
        }

        assertThat(signInFails("lou", "lous long secret"))
                .as("locked: refused before the password is checked")
                .isTrue();
        assertThat(signInFails("nobody-here", "a wrong guess")).isTrue();

        var recent = web.bean(AuditSink.class).recent(20);
        assertThat(recent)
                .anyMatch(
                        e -> e.action().equals("sign-in-locked") && e.subject().equals("lou"));
        assertThat(recent)
                .anyMatch(e -> e.action().equals("sign-in-failed")
                        && e.subject().equals("lou")
                        && "LockedException".equals(e.details().get("reason")));
    }

    private boolean signInFails(String password) {
        return signInFails("pat", password);
    }

    private boolean signInFails(String user, String password) {
        browser.driver.manage().deleteAllCookies();
        browser.open("login");
        browser.await(By.cssSelector("input[name='username']")).sendKeys(user);
        browser.driver.findElement(By.cssSelector("input[name='password']")).sendKeys(password, Keys.ENTER);
        browser.wait.until(d -> d.getCurrentUrl().contains("error"));
        return browser.driver.getCurrentUrl().contains("login");
    }
}
