package dev.pilothouse.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.web.security.FirstRunToken;
import dev.pilothouse.web.security.Role;
import dev.pilothouse.web.security.UserStore;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The console in real headless Chromium against a real Harper. Ordered: the first test creates the admin. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebConsoleIT {

    private static final String PASSWORD = "correct horse battery";
    private static WebFixture web;
    private static Browser browser;

    @BeforeAll
    static void start() {
        web = WebFixture.get();
        browser = Browser.shared(web.baseUrl);
    }

    @Test
    @Order(1)
    void theSetupTokenCreatesTheFirstAdmin() {
        String token = web.bean(FirstRunToken.class).pending().orElseThrow();
        browser.open("");
        browser.await(By.cssSelector("#setup-token input")).sendKeys(token);
        assertThat(browser.driver
                        .findElement(By.cssSelector("#setup-token input"))
                        .getAttribute("type"))
                .as("the setup token is a secret")
                .isEqualTo("password");
        browser.driver.findElement(By.cssSelector("#setup-username input")).sendKeys("ada");
        browser.driver.findElement(By.cssSelector("#setup-password input")).sendKeys(PASSWORD);
        browser.driver.findElement(By.id("setup-create")).click();
        browser.await(By.cssSelector("input[name='username']"));
        assertThat(browser.await(By.id("login-notice")).getText())
                .isEqualTo("Admin account 'ada' created. Sign in" + " with it.");
        browser.screenshot("web-sign-in");

        assertThat(web.bean(UserStore.class).find("ada").orElseThrow().roles()).contains(Role.ADMIN);
        UserStore users = web.bean(UserStore.class);
        users.create("ada", "dev", PASSWORD, EnumSet.of(Role.DEVELOPER));
        users.create("ada", "val", PASSWORD, EnumSet.of(Role.VIEWER));
    }

    @Test
    @Order(2)
    void aWrongPasswordIsRefusedAndAudited() {
        browser.driver.manage().deleteAllCookies();
        browser.open("login");
        browser.await(By.cssSelector("input[name='username']")).sendKeys("dev");
        browser.driver.findElement(By.cssSelector("input[name='password']")).sendKeys("not the password", Keys.ENTER);
        browser.wait.until(d -> d.getCurrentUrl().contains("error"));

        assertThat(browser.driver.getCurrentUrl()).contains("login");
        assertThat(web.bean(dev.pilothouse.web.security.AuditSink.class).recent(5))
                .anyMatch(
                        e -> e.action().equals("sign-in-failed") && e.subject().equals("dev"));
    }

    @Test
    @Order(3)
    void aViewerCannotReachAdminRoutesAndCannotEdit() {
        browser.signIn("val", PASSWORD);
        // proposals are readable by everyone; deciding on them is tested in WebReviewIT
        assertThat(browser.pageText())
                .contains("Workbench")
                .contains("Proposals")
                .doesNotContain("Users");
        WebElement content = browser.inEditor(".cm-content");
        assertThat(content.getAttribute("contenteditable")).isEqualTo("false");

        assertRestrictedRoutesRefused();
        browser.signIn("dev", PASSWORD); // a developer is no admin either
        assertRestrictedRoutesRefused();
        assertThat(web.bean(dev.pilothouse.web.security.AuditSink.class).recent(5))
                .anyMatch(e -> e.action().equals("sign-in") && e.actor().equals("val"));
    }

    @Test
    @Order(4)
    void editingTheSchemaShowsADiagnosticAndACompletion() {
        browser.signIn("dev", PASSWORD);
        WebElement content = browser.inEditor(".cm-content");
        browser.until(d -> content.getText().contains("type Product"), "the schema in the editor");
        content.click();
        content.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
        content.sendKeys(
                Keys.ENTER,
                "type Shelf @table {",
                Keys.ENTER,
                "id: ID @primaryKey",
                Keys.ENTER,
                "title: Strin",
                Keys.ENTER,
                "}");

        browser.inEditor(".cm-lintRange-error");
        browser.until(d -> problemsMention("Strin"), "the problem in the problems list");
        browser.screenshot("web-workbench");

        content.sendKeys(Keys.ENTER, "type Box @table {", Keys.ENTER, "id: ID @ind");
        WebElement popup = browser.inEditor(".cm-tooltip-autocomplete");
        browser.until(d -> popup.getText().contains("indexed"), "the completion of @indexed");
        content.sendKeys(Keys.ESCAPE);
    }

    private static void assertRestrictedRoutesRefused() {
        for (String route : List.of("admin/users", "admin/agents", "admin/policy")) {
            browser.open(route);
            browser.until(d -> !browser.pageText().isBlank(), "a page for " + route);
            assertThat(browser.driver.findElements(By.id("users"))).as(route).isEmpty();
            assertThat(browser.driver.findElements(By.id("agents"))).as(route).isEmpty();
            assertThat(browser.driver.findElements(By.id("policy-save")))
                    .as(route)
                    .isEmpty();
        }
    }

    private static boolean problemsMention(String text) {
        return browser.driver.findElements(By.cssSelector("#problems vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().contains(text));
    }

    @Test
    @Order(5)
    void aRowWrittenOutsideTheConsoleAppearsLive() {
        browser.signIn("val", PASSWORD);
        browser.open("data?table=data.Product");
        browser.until(d -> d.findElement(By.id("data-status")).getText().contains("live"), "the live subscription");

        web.harper()
                .upsert(
                        "data",
                        "Product",
                        List.of(Map.of("id", "live-1", "name", "Harbour lamp", "price", 42.5, "stock", 3)));

        browser.until(d -> cellTexts().contains("Harbour lamp"), "the new row");
        browser.screenshot("web-data");
        assertThat(cellTexts()).contains("live-1", "42.5");
    }

    @Test
    @Order(6)
    void aThousandQuickUpdatesEndInTheLatestState() {
        // the page from the previous test is still subscribed; 10 rounds rewrite the same 100 records
        for (int round = 0; round < 10; round++) {
            List<Map<String, Object>> records = new java.util.ArrayList<>();
            for (int i = 0; i < 100; i++) {
                records.add(Map.of("id", "bulk-" + i, "name", "Bulk " + i, "price", 1.0 * i, "stock", round));
            }
            web.harper().upsert("data", "Product", records);
        }

        browser.until(d -> d.findElement(By.id("data-status")).getText().startsWith("101 rows"), "all 101 rows");
        browser.until(d -> stockOf("bulk-0").equals("9"), "the last round's stock of bulk-0");
    }

    /** The stock cell of a visible row (columns: id, name, price, stock). */
    private static String stockOf(String id) {
        List<String> cells = cellTexts();
        int at = cells.indexOf(id);
        return at < 0 || at + 3 >= cells.size() ? "" : cells.get(at + 3);
    }

    private static List<String> cellTexts() {
        return browser.driver.findElements(By.cssSelector("#rows vaadin-grid-cell-content")).stream()
                .map(WebElement::getText)
                .toList();
    }

    @Test
    @Order(7)
    void aFullPageLoadOfTheWorkbenchShowsTheSchemaAndTheExplorer() {
        // how fast is WorkbenchRenderBenchmark's job (outside verify); this checks what the page shows
        browser.signIn("dev", PASSWORD);
        browser.open("runtime");
        browser.await(By.id("runtime-summary"));
        browser.open("");
        WebElement content = browser.inEditor(".cm-content");
        browser.until(d -> content.getText().contains("type Product"), "the schema");
        assertThat(browser.pageText())
                .contains("schema.graphql")
                .contains("config.yaml")
                .contains("resources.js");
    }

    @Test
    @Order(8)
    void theStreamShowsEventsWithRatesAndTheRuntimeItsVersion() throws Exception {
        browser.open("streams?table=data.Product");
        browser.await(By.id("events"));
        for (int i = 0; i < 20; i++) {
            web.harper()
                    .upsert(
                            "data",
                            "Product",
                            List.of(Map.of("id", "tick", "name", "Tick " + i, "price", i, "stock", i)));
        }
        browser.until(
                d -> d.findElement(By.id("rates")).getText().contains("received")
                        && !d.findElement(By.id("rates")).getText().startsWith("0.0 events/s · 0.0 KB/s · 0 received"),
                "the stream's counters");
        browser.until(
                d -> d.findElements(By.cssSelector("#events vaadin-grid-cell-content")).stream()
                        .anyMatch(c -> c.getText().contains("Tick")),
                "the tick events");
        browser.screenshot("web-streams");

        browser.open("runtime");
        browser.until(
                d -> d.findElement(By.id("runtime-summary")).getText().startsWith("Harper 4.7"), "the runtime summary");
        browser.until(d -> d.findElement(By.id("metric-rss")).getText().matches("[1-9][0-9.]* MB"), "the metrics");
        browser.screenshot("web-runtime");

        // traffic while the panel samples (every 2 s), so the request sparkline has a shape
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        for (int i = 0; !metricsShowTraffic() && System.nanoTime() < deadline; i++) {
            for (int k = 0; k < 3 + (i % 10); k++) {
                web.harper()
                        .rest()
                        .put("/Product/m" + k, Map.of("id", "m" + k, "name", "M " + i, "price", 1.0, "stock", i));
            }
            Thread.sleep(200);
        }
        assertThat(metricsShowTraffic())
                .as(
                        "6+ samples and nonzero requests/s: %s",
                        browser.driver.findElement(By.id("runtime-metrics")).getText())
                .isTrue();
        browser.screenshot("web-metrics");
    }

    private static boolean metricsShowTraffic() {
        String samples = browser.driver.findElement(By.id("metrics-status")).getText();
        return samples.matches("([6-9]|[1-9][0-9]+) samples.*")
                && !browser.driver
                        .findElement(By.id("metric-requests"))
                        .getText()
                        .equals("0.00");
    }

    @Test
    @Order(9)
    void restWritesAppearInTheLiveFlowAndTheNodeInTheTopology() throws Exception {
        browser.open("live");
        browser.await(By.id("live-flow"));
        By restEdge = By.cssSelector("#live-flow path[data-id='flow:src:rest:REST clients->res:Product']");
        // Harper's analytics are per second and the feed's first poll only finds where the table ends: keep writing
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        for (int i = 0; browser.driver.findElements(restEdge).isEmpty() && System.nanoTime() < deadline; i++) {
            for (int k = 0; k < 5; k++) {
                web.harper()
                        .rest()
                        .put(
                                "/Product/flow" + (k % 3),
                                Map.of("id", "flow" + (k % 3), "name", "Flow " + i, "price", 1.0 + i, "stock", i));
            }
            Thread.sleep(300);
        }
        assertThat(browser.driver.findElements(restEdge))
                .as(
                        "the REST clients -> Product edge; status '%s', drawn %s",
                        browser.driver.findElement(By.id("live-status")).getText(),
                        browser.driver.findElements(By.cssSelector("#live-flow [data-id]")).stream()
                                .map(e -> e.getAttribute("data-id"))
                                .toList())
                .isNotEmpty();
        browser.driver
                .findElement(By.cssSelector("#live-flow g.node[data-id='res:Product'] text"))
                .click();
        // the details follow each redraw: write on until they show a nonzero rate from the REST clients
        deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        for (int i = 0;
                !browser.driver.findElement(By.id("live-details")).getText().matches("(?s).*REST clients [1-9].*")
                        && System.nanoTime() < deadline;
                i++) {
            web.harper()
                    .rest()
                    .put(
                            "/Product/flow" + (i % 3),
                            Map.of("id", "flow" + (i % 3), "name", "Flow " + i, "price", 1.0 + i, "stock", i));
            Thread.sleep(50);
        }
        assertThat(browser.driver.findElement(By.id("live-details")).getText())
                .as("the Product node's links in the details panel")
                .containsPattern("REST clients [1-9]");
        browser.screenshot("web-flow");

        browser.driver.findElement(By.id("live-show-topology")).click();
        browser.until(
                d -> !d.findElements(By.cssSelector("#live-topology g.node")).isEmpty(), "the node drawn");
        browser.screenshot("web-topology");
    }

    @Test
    @Order(10)
    void aDeveloperAddsATableInTheDesignerAndTheSchemaTextHasIt() {
        var files = web.bean(dev.pilothouse.web.workspace.WorkspaceFiles.class);
        String original = files.read("schema.graphql");
        try {
            designTheRackTable();
        } finally { // the review tests deploy from this workspace, which must be clean for that
            files.write("schema.graphql", original);
        }
    }

    private static void designTheRackTable() {
        browser.signIn("dev", PASSWORD);
        browser.open("diagram");
        browser.await(By.cssSelector("#designer-new-table input")).sendKeys("Rack", Keys.TAB);
        browser.driver.findElement(By.id("designer-add-table")).click();
        browser.until(
                d -> !d.findElements(By.cssSelector("#schema-diagram g.node[data-id='table:Rack']"))
                        .isEmpty(),
                "the new table drawn");
        assertThat(web.bean(dev.pilothouse.web.workspace.WorkspaceFiles.class).read("schema.graphql"))
                .contains("type Rack @table @export");
        browser.await(By.cssSelector("#designer-attr-name input")).sendKeys("label", Keys.TAB);
        browser.driver.findElement(By.id("designer-add-attr")).click();
        browser.until(
                d -> d.findElement(By.id("diagram-details")).getText().contains("label: String"),
                "the attribute in the details");
        browser.driver.executeScript("document.activeElement && document.activeElement.blur();"
                + "document.getElementById('designer-panel').parentElement.scrollTop = 0; window.scrollTo(0, 0);");
        browser.screenshot("web-designer");
    }

    @Test
    @Order(11)
    void anAdminIssuesAnAgentTokenTheGatewayTakesAndRevokesItAndTheGatewayRefusesIt() throws Exception {
        browser.signIn("ada", PASSWORD);
        browser.open("admin/agents");
        browser.await(By.cssSelector("#agent-name input")).sendKeys("ci-bot", Keys.TAB);
        browser.driver.findElement(By.id("agent-create")).click();
        browser.until(
                d -> d.findElement(By.cssSelector("#issued-token input"))
                        .getAttribute("value")
                        .startsWith("pht_"),
                "the token shown once");
        String token = browser.driver
                .findElement(By.cssSelector("#issued-token input"))
                .getAttribute("value");
        assertThat(web.postMcpInitialize("Authorization", "Bearer " + token).statusCode())
                .isEqualTo(200);
        browser.screenshot("web-tokens");

        browser.driver.findElement(By.id("revoke-ci-bot")).click();
        browser.until(d -> d.findElement(By.id("agents-message")).getText().contains("revoked"), "the revocation");
        assertThat(web.postMcpInitialize("Authorization", "Bearer " + token).statusCode())
                .isEqualTo(401);

        browser.open("admin/policy");
        browser.await(By.id("policy-save"));
        // the select's web component arrives with the route's lazily loaded chunk
        browser.until(
                d -> Boolean.TRUE.equals(
                        browser.driver.executeScript("const s = document.getElementById('policy-shadow');"
                                + " return !!customElements.get('vaadin-select') && !!s && !!s.shadowRoot;")),
                "the select upgraded");
        assertThat(browser.driver
                        .findElement(By.cssSelector("#policy-approvals input"))
                        .getAttribute("value"))
                .isEqualTo("2");
        browser.screenshot("web-policy");

        // ada is the console's only admin: the token applied at once, flagged until a second admin acknowledges it
        browser.open("admin/requests");
        browser.until(d -> d.findElement(By.id("requests")).getText().contains("ci-bot"), "the token's request");
        assertThat(browser.driver.findElement(By.id("requests")).getText()).contains("changed by a lone admin");
        browser.screenshot("web-requests");

        // view as agent: a proposed read-only scope set, ticked in the browser, is what the server computes
        browser.open("admin/agent-surface");
        browser.await(By.id("surface-show"));
        browser.until(
                d -> d.findElements(By.cssSelector("#surface-scopes vaadin-checkbox"))
                                .size()
                        == 2,
                "the scope boxes");
        browser.driver.findElements(By.cssSelector("#surface-scopes vaadin-checkbox")).stream()
                .filter(box -> box.getText().strip().equals("read"))
                .findFirst()
                .orElseThrow()
                .findElement(By.cssSelector("input"))
                .click();
        browser.driver.findElement(By.id("surface-show")).click();
        browser.until(
                d -> d.findElement(By.id("agent-surface")).getText().contains("scopes read"),
                "the proposed scopes' surface");
        assertThat(browser.driver.findElement(By.id("agent-surface")).getText())
                .contains("read_file")
                .doesNotContain("propose_change")
                .contains("Could propose: nothing (no propose scope)");
        browser.screenshot("web-agent-surface");
    }
}
