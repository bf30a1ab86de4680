package dev.pilothouse.agent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import dev.pilothouse.runtime.AdminApi;
import dev.pilothouse.runtime.ClusterApi;
import dev.pilothouse.runtime.ComponentsApi;
import dev.pilothouse.runtime.Deployer;
import dev.pilothouse.runtime.HarperClient;
import dev.pilothouse.runtime.RestApi;
import dev.pilothouse.testsupport.ArchitectureRules;
import dev.pilothouse.testsupport.PackageCycles;
import dev.pilothouse.workspace.Governance;
import dev.pilothouse.workspace.versioning.Versioning;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    /** Calls that would let an agent approve, deploy, edit policy or the boundary, move the repository or write data. */
    private static final Map<Class<?>, Set<String>> FORBIDDEN = Map.of(
            Governance.class,
                    Set.of(
                            "approve",
                            "reject",
                            "deploy",
                            "deployHead",
                            "rollback",
                            "protect",
                            "unprotect",
                            "updatePolicy",
                            "recover",
                            "rebase",
                            "proposeWorkingTree",
                            "requests"),
            dev.pilothouse.workspace.requests.ChangeRequests.class, Set.of("file", "approve", "reject", "acknowledge"),
            Versioning.class, Set.of("commit", "moveBranch", "advanceMain", "commitWorkingTree", "tag"),
            HarperClient.class,
                    Set.of(
                            "call",
                            "insert",
                            "upsert",
                            "update",
                            "delete",
                            "sql",
                            "createDatabase",
                            "createTable",
                            "dropTable",
                            "createAuthenticationTokens"),
            RestApi.class, Set.of("put", "patch", "delete", "post"),
            ComponentsApi.class, Set.of("setFile", "deploy", "drop"),
            AdminApi.class, Set.of("restart", "restartService", "addUser", "dropUser", "addRole", "dropRole"),
            ClusterApi.class, Set.of("addNode", "removeNode"),
            Deployer.class, Set.of("deploy"));

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = ArchitectureRules.productionClasses("dev.pilothouse.agent");
    }

    @Test
    void gatewayKitIsHeadless() {
        ArchitectureRules.HEADLESS.check(classes);
    }

    @Test
    void gatewayKitNeverPrints() {
        ArchitectureRules.NO_STANDARD_STREAMS.check(classes);
    }

    @Test
    void gatewayKitDoesNotUseJavaUtilLogging() {
        ArchitectureRules.NO_JUL.check(classes);
    }

    @Test
    void gatewayNeverCallsAnApprovingDeployingOrWritingApi() {
        DescribedPredicate<JavaMethodCall> governing = DescribedPredicate.describe(
                "approves, deploys, edits policy, writes Git or writes runtime data",
                call -> FORBIDDEN.entrySet().stream()
                        .anyMatch(e -> call.getTargetOwner().isAssignableTo(e.getKey())
                                && e.getValue().contains(call.getName())));
        noClasses()
                .should()
                .callMethodWhere(governing)
                .because("the gateway reads and proposes; approving and deploying stay with humans (ADR 0007)")
                .check(classes);
    }

    @Test
    void gatewayNeverDeploysAroundGovernance() {
        ArchitectureRules.ONLY_GOVERNANCE_DEPLOYS.check(classes);
    }

    @Test
    void internalPackagesOfOtherModulesStayUnused() {
        ArchitectureRules.internalsStayHome("dev.pilothouse.agent").check(classes);
    }

    /**
     * The package cycles this module still has, pinned (docs/architecture.md, "Package cycles"): a new one, or a
     * package drawn into one of these, fails; breaking one means shrinking this list.
     */
    @Test
    void packageCyclesAreOnlyThePinnedOnes() {
        assertThat(PackageCycles.of(classes, "dev.pilothouse.agent"))
                .containsExactlyInAnyOrder(Set.of("", "auth", "tools"));
    }

    @Test
    void onlyTheRuntimeBridgeTalksToHarper() {
        ArchitectureRules.ONLY_THE_BRIDGE_TALKS_TO_HARPER.check(classes);
    }

    @Test
    void jsonMappersComeFromTheirHome() {
        ArchitectureRules.ONE_JSON_POLICY.check(classes);
    }

    /** Policy, agent tokens, web roles and plugin trust change only where an approved request is applied. */
    @Test
    void theGatewayChangesTheBoundaryOnlyThroughRequests() {
        ArchitectureRules.ONLY_REQUESTS_CHANGE_THE_BOUNDARY.check(classes);
    }
}
