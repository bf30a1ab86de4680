package dev.pilothouse.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.web.review.GovernedWorkspace;
import dev.pilothouse.web.security.Role;
import dev.pilothouse.web.security.UserStore;
import dev.pilothouse.workspace.policy.Policy;
import dev.pilothouse.workspace.policy.PolicyStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The Data and Streams views mask protected data by role, in real Chromium against a real Harper: a table the policy
 * names shows no rows and opens no stream, an attribute marked {@code @protected} in the workspace's schema shows
 * why instead of its value, in the rows and in live events; an approver sees the values.
 */
class WebDataProtectionIT {

    private static final String PASSWORD = "correct horse battery";
    private static final String EMAIL = "ann@example.org";
    private static final String CLIENT = "type Client @table(database: \"vault\") @export {\n  id: ID @primaryKey\n"
            + "  name: String\n  \"\"\"Contact address @protected\"\"\"\n  email: String\n}\n";
    private static WebFixture web;
    private static Browser browser;
    private static Path schema;
    private static String schemaBefore;
    private static PolicyStore policy;
    private static Policy policyBefore;

    @BeforeAll
    static void start() throws Exception {
        web = WebFixture.get();
        // the vault app (src/test/resources/apps/vault: Client as below, and Ledger) is deployed with the shop app
        // when the module's Harper starts (views/ShopHarper), on one worker restart instead of two
        assertThat(web.harper().components().getFile("vault", "schema.graphql"))
                .as("the vault app deployed")
                .startsWith(CLIENT)
                .contains("type Ledger @table(database: \"vault\") @export");
        web.harper().upsert("vault", "Client", List.of(Map.of("id", "c1", "name", "Ann", "email", EMAIL)));
        web.harper().upsert("vault", "Ledger", List.of(Map.of("id", "l1", "amount", 991.5)));
        // the marker lives in the workspace's schema (edited, not committed); the table name in the policy
        schema = web.workspace.resolve("schema.graphql");
        schemaBefore = Files.readString(schema);
        Files.writeString(schema, schemaBefore + "\n" + CLIENT);
        policy = new PolicyStore(
                web.bean(GovernedWorkspace.class).governance().orElseThrow().policyFile());
        policyBefore = policy.load();
        policy.save(policyBefore.protect("Ledger"));
        UserStore users = web.bean(UserStore.class);
        var firstRun = web.bean(dev.pilothouse.web.security.FirstRunToken.class);
        firstRun.pending().ifPresent(token -> firstRun.createAdmin(users, token, "ada", PASSWORD));
        ensure(users, "mask-viewer", EnumSet.of(Role.VIEWER, Role.DEVELOPER));
        ensure(users, "mask-approver", EnumSet.of(Role.VIEWER, Role.APPROVER));
        browser = Browser.shared(web.baseUrl);
    }

    private static void ensure(UserStore users, String name, Set<Role> roles) {
        if (users.find(name).isEmpty()) {
            users.create("test-setup", name, PASSWORD, roles);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        Files.writeString(schema, schemaBefore); // byte-identical: the other tests deploy from a clean workspace
        policy.save(policyBefore);
    }

    @Test
    void aViewerSeesWhyAMarkedAttributeIsMaskedAndNeverItsValue() {
        browser.signIn("mask-viewer", PASSWORD);
        browser.open("data?table=vault.Client");
        browser.until(d -> cells("rows").contains("Ann"), "the client row");
        assertThat(cells("rows")).contains("‹@protected in schema.graphql›").doesNotContain(EMAIL);
        assertThat(browser.driver.getPageSource()).doesNotContain(EMAIL);
    }

    @Test
    void aViewerGetsNoRowsOfATableThePolicyProtectsAndIsToldWhy() {
        browser.signIn("mask-viewer", PASSWORD);
        browser.open("data?table=vault.Ledger");
        browser.until(d -> d.findElement(By.id("data-status")).getText().contains("protected"), "the notice");
        assertThat(browser.driver.findElement(By.id("data-status")).getText())
                .isEqualTo("vault.Ledger is protected by policy: only approvers and admins see its records");
        assertThat(browser.driver.getPageSource()).doesNotContain("991.5");
    }

    @Test
    void theStreamMasksLiveEventsAndWithholdsAProtectedTable() {
        browser.signIn("mask-viewer", PASSWORD);
        browser.open("streams?table=vault.Client");
        browser.await(By.id("events"));
        browser.until(
                d -> {
                    web.harper()
                            .upsert(
                                    "vault",
                                    "Client",
                                    List.of(Map.of("id", "c2", "name", "Bo", "email", "bo@example.org")));
                    return cells("events").stream().anyMatch(c -> c.contains("Bo"));
                },
                "a live event of the client table");
        assertThat(cells("events"))
                .anyMatch(c -> c.contains("‹@protected in schema.graphql›"))
                .noneMatch(c -> c.contains("bo@example.org"));
        browser.open("streams?table=vault.Ledger");
        browser.until(d -> d.findElement(By.id("rates")).getText().contains("protected by policy"), "the notice");
    }

    @Test
    void anApproverSeesTheProtectedValues() {
        browser.signIn("mask-approver", PASSWORD);
        browser.open("data?table=vault.Client");
        browser.until(d -> cells("rows").contains(EMAIL), "the email of an unmasked row");
        browser.open("data?table=vault.Ledger");
        browser.until(d -> cells("rows").contains("991.5"), "the ledger row");
    }

    private static List<String> cells(String grid) {
        return browser.driver.findElements(By.cssSelector("#" + grid + " vaadin-grid-cell-content")).stream()
                .map(WebElement::getText)
                .toList();
    }
}
