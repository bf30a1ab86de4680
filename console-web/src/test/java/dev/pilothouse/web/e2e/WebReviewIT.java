package dev.pilothouse.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.agent.auth.AgentRegistry;
import dev.pilothouse.agent.auth.Scope;
import dev.pilothouse.web.review.GovernedWorkspace;
import dev.pilothouse.web.security.Role;
import dev.pilothouse.web.security.UserStore;
import dev.pilothouse.workspace.Governance;
import dev.pilothouse.workspace.proposal.ProposalState;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The approval loop end to end: an agent proposes through the MCP gateway the console hosts at /mcp, a
 * viewer and a developer can read the proposal but get no decision controls, an approver signs in, approves and
 * deploys in headless Chromium, and the real Harper then serves the new table over REST.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebReviewIT {

    private static final String PASSWORD = "correct horse battery";
    private static WebFixture web;
    private static Browser browser;
    private static String proposal;

    @BeforeAll
    static void start() {
        web = WebFixture.get();
        browser = Browser.shared(web.baseUrl);
        UserStore users = web.bean(UserStore.class);
        var firstRun = web.bean(dev.pilothouse.web.security.FirstRunToken.class);
        // run alone (without WebConsoleIT, which signs the admin in through /setup): make the admin here
        firstRun.pending().ifPresent(token -> firstRun.createAdmin(users, token, "ada", PASSWORD));
        ensure(users, "apro", EnumSet.of(Role.VIEWER, Role.APPROVER));
        ensure(users, "vic", EnumSet.of(Role.VIEWER));
        ensure(users, "devi", EnumSet.of(Role.VIEWER, Role.DEVELOPER));
    }

    private static void ensure(UserStore users, String name, Set<Role> roles) {
        if (users.find(name).isEmpty()) {
            users.create("test-setup", name, PASSWORD, roles);
        }
    }

    private static Governance governance() {
        return web.bean(GovernedWorkspace.class).governance().orElseThrow();
    }

    @Test
    @Order(1)
    void anAgentProposesANewTableThroughTheHostedMcpGateway() {
        String token = web.bean(AgentRegistry.class)
                .add("stocker", EnumSet.of(Scope.READ, Scope.PROPOSE))
                .token();
        Map<String, String> files = new LinkedHashMap<>(governance().files("main"));
        files.keySet().retainAll(Set.of("schema.graphql", "config.yaml", "resources.js"));
        files.put(
                "schema.graphql",
                files.get("schema.graphql")
                        + "\ntype Shelf @table @export {\n  id: ID @primaryKey\n  label: String\n}\n");
        try (McpSyncClient agent = mcp("Bearer " + token)) {
            agent.initialize();
            McpSchema.CallToolResult result = agent.callTool(new McpSchema.CallToolRequest(
                    "propose_change",
                    Map.of(
                            "files",
                            Map.of("schema.graphql", files.get("schema.graphql")),
                            "rationale",
                            "Shelves for the shop")));
            assertThat(result.isError()).as(String.valueOf(result.content())).isNotEqualTo(Boolean.TRUE);
            proposal = String.valueOf(((Map<?, ?>) result.structuredContent()).get("id"));
        }
        new WebDriverWait(browser.driver, Duration.ofSeconds(60))
                .until(d -> governance().proposal(proposal).state() == ProposalState.VALIDATED);
        assertThat(governance().proposal(proposal).author()).isEqualTo("agent:stocker");
        assertThat(web.harper().rest().status("/Shelf/"))
                .as("not served before the deploy")
                .isEqualTo(404);
    }

    private static McpSyncClient mcp(String authorization) {
        var transport = HttpClientStreamableHttpTransport.builder(web.baseUrl.replaceAll("/$", ""))
                .endpoint("/mcp")
                .requestBuilder(HttpRequest.newBuilder().header("Authorization", authorization))
                .build();
        return McpClient.sync(transport).requestTimeout(Duration.ofSeconds(60)).build();
    }

    /** Initialize by hand: what reaches /mcp with only a person's credentials. */
    private static HttpResponse<String> postInitialize(String header, String value) throws Exception {
        return web.postMcpInitialize(header, value);
    }

    @Test
    @Order(5)
    void theGatewayAcceptsOnlyAgentTokensNotAPersonsSessionOrPassword() throws Exception {
        browser.signIn("apro", PASSWORD);
        String session = browser.driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        assertThat(session).contains("JSESSIONID");
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(("apro:" + PASSWORD).getBytes());

        assertThat(postInitialize(null, null).statusCode()).as("no credentials").isEqualTo(401);
        assertThat(postInitialize("Cookie", session).statusCode())
                .as("a signed-in approver's session")
                .isEqualTo(401);
        assertThat(postInitialize("Authorization", basic).statusCode())
                .as("a user's password")
                .isEqualTo(401);
        assertThat(postInitialize("Authorization", "Bearer pht_forged").statusCode())
                .isEqualTo(401);
        try (McpSyncClient agent = mcp(basic)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(agent::initialize)
                    .isInstanceOf(RuntimeException.class);
        }
    }

    @Test
    @Order(2)
    void aViewerAndADeveloperReadTheProposalButCannotDecide() {
        for (String user : new String[] {"vic", "devi"}) {
            browser.signIn(user, PASSWORD);
            browser.open("proposal/" + proposal);
            browser.await(By.cssSelector("table.ph-diff"));
            assertThat(browser.pageText()).contains("type Shelf").contains("agent:stocker");
            assertThat(browser.driver.findElements(By.id("approve"))).as(user).isEmpty();
            assertThat(browser.driver.findElements(By.id("deploy"))).as(user).isEmpty();
        }
        assertThat(governance().proposal(proposal).state()).isEqualTo(ProposalState.VALIDATED);
    }

    @Test
    @Order(3)
    void anApproverApprovesAndDeploysAndHarperServesTheNewVersion() {
        browser.signIn("apro", PASSWORD);
        browser.open("proposals");
        browser.until(d -> browser.pageText().contains("Shelves for the shop"), "the proposal in the list");
        browser.open("proposal/" + proposal);
        browser.await(By.cssSelector("table.ph-diff"));
        browser.screenshot("web-review");
        var diagram = browser.await(By.cssSelector("#schema-diff-diagram svg"));
        assertThat(diagram.findElements(By.cssSelector("g.node.added")))
                .as("Shelf, drawn as added")
                .hasSize(1);
        browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", diagram);
        browser.screenshot("web-review-diagram");
        browser.driver.findElement(By.cssSelector("#decision-comment input")).sendKeys("shelves are fine");
        browser.driver.findElement(By.id("acknowledge-skipped")).click(); // no shadow ran here: said explicitly
        browser.driver.findElement(By.id("approve")).click();
        browser.until(
                d -> d.findElement(By.id("review-status")).getText().startsWith("Approved " + proposal + " (1 of 1)"),
                "the approval");
        browser.await(By.id("deploy")).click();
        // pushed while the deploy runs: the error-rate watch (10 s) is seen running, the steps before it done
        new WebDriverWait(browser.driver, Duration.ofSeconds(120))
                .until(d -> !d.findElements(By.cssSelector("#deploy-steps [data-step='watch'][data-phase='running']"))
                        .isEmpty());
        assertThat(browser.driver.findElements(By.cssSelector("#deploy-steps [data-phase='done']")))
                .hasSize(3);
        browser.screenshot("web-deploy-steps");

        new WebDriverWait(browser.driver, Duration.ofSeconds(150))
                .until(d -> d.findElement(By.id("review-status"))
                        .getText()
                        .matches("deployed as deploy/\\d+|refused.*|.*did not.*|.*failed.*"));
        assertThat(browser.driver.findElement(By.id("review-status")).getText()).startsWith("deployed as deploy/");
        // each step was drawn as it happened, and the list stays with what each one found
        var steps = browser.driver.findElements(By.cssSelector("#deploy-steps .ph-deploy-step"));
        assertThat(steps)
                .extracting(e -> e.getAttribute("data-step") + ":" + e.getAttribute("data-phase"))
                .containsExactly("check:done", "apply:done", "verify:done", "watch:done", "record:done");
        assertThat(browser.driver.findElement(By.id("deploy-steps")).getText())
                .contains("component healthy", "/Shelf/ answering", "5xx", "tagged deploy/");
        browser.screenshot("web-deploy-done");
        assertThat(governance().proposal(proposal).state()).isEqualTo(ProposalState.DEPLOYED);
        assertThat(governance().proposal(proposal).decisions())
                .singleElement()
                .satisfies(d -> assertThat(d.by()).isEqualTo("human:apro"));
        assertThat(web.harper().rest().status("/Shelf/"))
                .as("served after the deploy")
                .isEqualTo(200);
        assertThat(web.harper().rest().status("/Product/")).isEqualTo(200);
    }

    @Test
    @Order(4)
    void historyAndTheAuditTimelineShowTheDeployAndAVerifiedChain() {
        browser.open("proposals");
        browser.await(By.id("proposal-list"));
        browser.driver
                .findElement(By.xpath("//vaadin-tab[contains(., 'History')]"))
                .click();
        browser.until(d -> browser.pageText().contains("deploy/"), "the deploy tag");
        browser.screenshot("web-history");
        browser.driver
                .findElement(By.xpath("//vaadin-tab[contains(., 'Audit')]"))
                .click();
        browser.until(
                d -> d.findElement(By.id("audit-status")).getText().startsWith("chain intact"), "the verified chain");
        assertThat(browser.driver.findElements(By.cssSelector("#audit-timeline svg .entry")))
                .isNotEmpty();
        browser.screenshot("web-audit");
        assertThat(governance().audit().entries())
                .anyMatch(e -> e.action().equals("web.sign-in") && e.actor().equals("human:apro"));
    }

    @Test
    @Order(5)
    void theSchemaDiagramDrawsEachTableAndShowsAClickedTablesDetails() {
        browser.open("diagram");
        browser.await(By.cssSelector("#schema-diagram svg g.node.table"));
        String schema =
                web.bean(dev.pilothouse.web.workspace.WorkspaceFiles.class).read("schema.graphql");
        int tables = schema.split("@table", -1).length - 1;
        assertThat(browser.driver.findElements(By.cssSelector("#schema-diagram svg g.node.table")))
                .hasSize(tables);
        browser.driver
                .findElement(By.cssSelector("#schema-diagram g.node[data-id='table:Product'] text.title"))
                .click();
        browser.until(
                d -> d.findElement(By.id("diagram-details")).getText().contains("primary key id"),
                "the clicked table's details");
        assertThat(browser.driver.findElements(By.cssSelector("#schema-diagram g.node.selected")))
                .hasSize(1);
        browser.screenshot("web-diagram");
    }

    @Test
    @Order(6)
    void thePluginsPageListsThePluginsAndDrawsTheirPanels() {
        browser.open("plugins");
        browser.until(
                d -> d.findElement(By.id("plugins-status")).getText().contains(" panel"),
                "the panels drawn (server push)");
        assertThat(browser.driver.findElement(By.id("plugins-status")).getText())
                .startsWith("4 plugins (0 failed)");
        WebElement summary = browser.await(By.id("plugin-panel-schema-summary"));
        browser.until(d -> summary.getText().contains("Product"), "the schema summary's rows");
        assertThat(summary.getText()).contains("Schema summary").contains("/Product/");
        browser.screenshot("web-plugins");
    }

    @Test
    @Order(7)
    void anApproverDemotedWhileTheProposalIsOpenCannotApproveFromThatPage() {
        UserStore users = web.bean(UserStore.class);
        ensure(users, "demo", EnumSet.of(Role.VIEWER, Role.APPROVER));
        String third = agentProposesTable("Crate", "Crates");
        browser.signIn("demo", PASSWORD);
        browser.open("proposal/" + third);
        browser.await(By.id("approve"));

        users.setRoles("ada", "demo", EnumSet.of(Role.VIEWER)); // an admin takes the approver role away
        browser.driver.findElement(By.id("approve")).click(); // the button of the page opened before

        browser.until(
                d -> web.bean(dev.pilothouse.web.security.AuditSink.class).recent(10).stream()
                        .anyMatch(e -> e.action().equals("session-roles-updated")
                                && e.subject().equals("demo")),
                "the session's roles corrected on its next request");
        assertThat(governance().proposal(third).state()).isEqualTo(ProposalState.VALIDATED);
        assertThat(governance().proposal(third).decisions()).isEmpty();
        browser.open("about");
        browser.await(By.id("about-version"));
        assertThat(browser.pageText()).contains("demo · viewer").doesNotContain("approver");
    }

    /** Holds back the next UIDL request carrying {@code marker} and keeps its URL and body in window.__held. */
    private static final String HOLD = """
            window.__held = null;
            const marker = arguments[0];
            const open = XMLHttpRequest.prototype.open, send = XMLHttpRequest.prototype.send;
            XMLHttpRequest.prototype.open = function (m, u) { this.__url = u; return open.apply(this, arguments); };
            XMLHttpRequest.prototype.send = function (body) {
              if (!window.__held && typeof body === 'string' && body.includes(marker)) {
                window.__held = { url: this.__url, body: body };
                return;
              }
              return send.apply(this, arguments);
            };
            """;

    @Test
    @Order(6)
    void aDevelopersSessionReplayingTheApproversClickRequestApprovesNothing() {
        String second = agentProposesTable("Bin", "Bins");

        // the approver's click, captured in the browser before it reaches the server
        browser.signIn("apro", PASSWORD);
        browser.open("proposal/" + second);
        browser.await(By.id("approve"));
        browser.driver.executeScript(HOLD, "\"click\"");
        browser.driver.findElement(By.id("approve")).click();
        browser.until(d -> browser.driver.executeScript("return window.__held") != null, "the held click");
        String approverBody = (String) browser.driver.executeScript("return window.__held.body");
        assertThat(governance().proposal(second).state()).isEqualTo(ProposalState.VALIDATED);

        // the developer's own next request, with its session, CSRF token and sequence, carrying the approver's rpc
        browser.signIn("devi", PASSWORD);
        String answer = replayInOwnRequest(second, approverBody);

        assertThat(answer)
                .as("the server took the request")
                .startsWith("200")
                .contains("\"syncId\"")
                .doesNotContain("appError");
        assertThat(governance().proposal(second).state()).isEqualTo(ProposalState.VALIDATED);
        assertThat(governance().proposal(second).decisions()).isEmpty();

        // control: the same replay inside an approver's own session reaches the approval itself, so the check above
        // can fail; it is refused there only because no shadow ran here and the click acknowledged no skipped step
        assertThat(approvalsReached(second)).isZero();
        browser.signIn("apro", PASSWORD);
        assertThat(replayInOwnRequest(second, approverBody)).startsWith("200");
        browser.until(d -> approvalsReached(second) == 1, "the control approval reaching governance");
    }

    private static long approvalsReached(String id) {
        return governance().audit().entries().stream()
                .filter(e -> e.action().equals("approval.refused"))
                .filter(e -> e.details().path("id").asText().equals(id))
                .filter(e -> e.details().path("rule").asText().equals("skipped-evidence"))
                .count();
    }

    /** An agent's validated proposal adding an empty table {@code type} to the app on {@code main}. */
    private static String agentProposesTable(String type, String message) {
        Map<String, String> files = new LinkedHashMap<>(governance().files("main"));
        files.keySet().retainAll(Set.of("schema.graphql", "config.yaml", "resources.js"));
        files.put(
                "schema.graphql",
                files.get("schema.graphql") + "\ntype " + type + " @table {\n  id: ID @primaryKey\n}\n");
        String id = governance()
                .propose(
                        files,
                        dev.pilothouse.workspace.Identity.parse("agent:stocker"),
                        message,
                        java.util.Optional.empty())
                .id();
        governance().validate(id, "agent:stocker");
        return id;
    }

    /** Opens the proposal, holds this session's next UIDL request, sends it with {@code rpcBody}'s rpc instead. */
    private static String replayInOwnRequest(String id, String rpcBody) {
        browser.open("proposal/" + id);
        browser.await(By.cssSelector("table.ph-diff"));
        browser.driver.executeScript(HOLD, "\"rpc\"");
        browser.driver.findElement(By.cssSelector("vaadin-details-summary")).click();
        browser.until(d -> browser.driver.executeScript("return window.__held") != null, "this session's request");
        return String.valueOf(browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const own = JSON.parse(window.__held.body), replayed = JSON.parse(arguments[0]);
                own.rpc = replayed.rpc;
                const xhr = new XMLHttpRequest();
                xhr.open('POST', window.__held.url);
                xhr.setRequestHeader('Content-Type', 'application/json; charset=UTF-8');
                xhr.onload = () => done(xhr.status + ' ' + xhr.responseText.substring(0, 400));
                xhr.onerror = () => done('error');
                xhr.send(JSON.stringify(own)); // __held is set, so the hook lets this one through
                """, rpcBody));
    }
}
