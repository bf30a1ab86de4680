package dev.pilothouse.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.runtime.HarperInstaller;
import dev.pilothouse.web.review.GovernedWorkspace;
import dev.pilothouse.web.security.Role;
import dev.pilothouse.web.security.UserStore;
import dev.pilothouse.workspace.Actor;
import dev.pilothouse.workspace.Governance;
import dev.pilothouse.workspace.Identity;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.humans.OsAccount;
import dev.pilothouse.workspace.shadow.ShadowHarper;
import java.nio.file.Files;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * In the browser: an agent's code change validated where no sandbox exists waits for a reviewer (the shadow step
 * skipped, in grey) and an approver is offered to run it unconfined; solo mode shows a banner on every page while
 * it is on, and nothing when it is off. Runs after WebReviewIT (alphabetical order) and turns solo mode off again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebShadowReviewIT {

    private static final String PASSWORD = "correct horse battery";
    private static final Actor ADA = new Actor(Identity.parse("human:ada"), new OsAccount(2001, "ada").proof());
    private static WebFixture web;
    private static Browser browser;

    @BeforeAll
    static void start() {
        web = WebFixture.get();
        browser = Browser.shared(web.baseUrl);
        UserStore users = web.bean(UserStore.class);
        var firstRun = web.bean(dev.pilothouse.web.security.FirstRunToken.class);
        firstRun.pending().ifPresent(token -> firstRun.createAdmin(users, token, "ada", PASSWORD));
        if (users.find("apro").isEmpty()) {
            users.create("test-setup", "apro", PASSWORD, EnumSet.of(Role.VIEWER, Role.APPROVER));
        }
    }

    @AfterAll
    static void stop() {
        if (governance().soloMode()) {
            governance().updatePolicy(governance().policy().withSoloMode(false), ADA);
        }
    }

    private static Governance governance() {
        return web.bean(GovernedWorkspace.class).governance().orElseThrow();
    }

    @Test
    @Order(1)
    void aCodeChangeValidatedWithoutASandboxOffersTheApproverToRunItsShadowUnconfined() throws Exception {
        var shadow = new ShadowHarper(
                WebFixture.TARGET.resolve("web-it/shadow"),
                HarperInstaller.forCurrentUser(),
                true,
                Optional.of("no sandbox on this machine"));
        String id;
        try (Governance g = Governance.at(web.workspace, new PilothouseHome(WebFixture.TARGET.resolve("web-it/home")))
                .shadow(shadow)
                .open()) {
            String resources = Files.readString(web.workspace.resolve("resources.js"));
            id = g.propose(
                            Map.of("resources.js", resources + "\n// restock hint: low stock below 5\n"),
                            Identity.parse("agent:claude"),
                            "Restock hint in the resources",
                            Optional.empty())
                    .id();
            g.validate(id, "agent:claude");
        }

        browser.signIn("apro", PASSWORD);
        browser.open("proposal/" + id);
        browser.await(By.id("run-unconfined"));
        assertThat(browser.driver.findElement(By.id("run-unconfined")).getText())
                .isEqualTo("Run shadow unconfined…");
        assertThat(browser.pageText()).contains("skipped\nshadow-deploy");
        var step = browser.driver.findElement(By.xpath("//vaadin-details[.//span[text()='shadow-deploy']]"));
        browser.driver.executeScript("arguments[0].opened = true; arguments[0].scrollIntoView({block: 'start'})", step);
        browser.until(d -> browser.pageText().contains("waits for a reviewer"), "the shadow step's evidence");
        assertThat(browser.pageText()).contains("no sandbox on this machine");
        browser.screenshot("web-review-shadow");
    }

    @Test
    @Order(2)
    void soloModeShowsABannerOnEveryPageOnlyWhileItIsOn() {
        browser.signIn("apro", PASSWORD);
        browser.open("proposals");
        browser.await(By.id("sign-out"));
        assertThat(browser.driver.findElements(By.id("solo-mode-banner"))).noneMatch(e -> e.isDisplayed());

        governance().updatePolicy(governance().policy().withSoloMode(true), ADA); // as `policy set --solo-mode on`
        for (String page : new String[] {"proposals", "runtime"}) {
            browser.open(page);
            browser.until(
                    d -> d.findElements(By.id("solo-mode-banner")).stream().anyMatch(e -> e.isDisplayed()),
                    "the solo mode banner on " + page);
        }
        assertThat(browser.driver.findElement(By.id("solo-mode-banner")).getText())
                .contains("Solo mode is on: changes deploy without a second person's approval");
        browser.open("proposals");
        browser.until(
                d -> d.findElements(By.id("solo-mode-banner")).stream().anyMatch(e -> e.isDisplayed()),
                "the solo mode banner");
        browser.screenshot("web-solo-mode");

        governance().updatePolicy(governance().policy().withSoloMode(false), ADA);
        browser.open("runtime");
        browser.await(By.id("sign-out"));
        assertThat(browser.driver.findElements(By.id("solo-mode-banner"))).noneMatch(e -> e.isDisplayed());
    }
}
