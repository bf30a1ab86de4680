package dev.pilothouse.workspace.humans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pilothouse.workspace.Actor;
import dev.pilothouse.workspace.Identity;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.PolicyBoundary;
import dev.pilothouse.workspace.Refusal;
import dev.pilothouse.workspace.audit.AuditEntry;
import dev.pilothouse.workspace.audit.AuditLog;
import dev.pilothouse.workspace.policy.Policy;
import dev.pilothouse.workspace.policy.PolicyStore;
import dev.pilothouse.workspace.requests.BoundaryChange;
import dev.pilothouse.workspace.requests.ChangeRequest;
import dev.pilothouse.workspace.requests.ChangeRequests;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Boundary changes (policy, roles) go through change requests: a second admin approves them, a lone admin's apply
 * flagged until a second admin acknowledges them, nobody grants themselves a role or approves their own request.
 */
class BoundaryRequestsTest {

    @TempDir
    Path tmp;

    private PilothouseHome home;
    private PolicyStore policy;

    @BeforeEach
    void home() {
        home = new PilothouseHome(tmp.resolve("home"));
        policy = new PolicyStore(home.policyFile());
        registry(TestAccounts.ADA).add("ada", Set.of(), Optional.empty());
    }

    @Test
    void aLoneAdminsPolicyChangeAppliesFlaggedUntilASecondAdminAcknowledgesIt() {
        ChangeRequest r = requests(TestAccounts.ADA)
                .file(ada(), PolicyBoundary.change(policy.load(), policy.load().withSoloMode(true)));

        assertThat(r.state()).isEqualTo(ChangeRequest.State.APPLIED);
        assertThat(policy.load().soloMode()).isTrue();
        assertThat(requests(TestAccounts.BOB).loneAdminWarning())
                .get()
                .asString()
                .contains(r.id(), ChangeRequests.LONE_ADMIN);
        assertRefused(() -> requests(TestAccounts.ADA).acknowledge(ada()), "no-second-admin");

        makeBobAnAdmin();
        assertRefused(() -> requests(TestAccounts.ADA).acknowledge(ada()), "nothing-to-acknowledge");
        List<ChangeRequest> acknowledged = requests(TestAccounts.BOB).acknowledge(bob());

        assertThat(acknowledged).extracting(ChangeRequest::id).containsExactly(r.id());
        assertThat(acknowledged).extracting(ChangeRequest::acknowledgedBy).containsOnly("human:bob");
        assertThat(requests(TestAccounts.BOB).flagged())
                .extracting(ChangeRequest::id)
                .doesNotContain(r.id());
        assertThat(actions())
                .contains("request.filed", "policy.update", "request.acknowledge.refused", "request.acknowledged");
    }

    @Test
    void withASecondAdminAPolicyChangeWaitsAndItsProposerCannotApproveIt() {
        makeBobAnAdmin();
        Policy before = policy.load();

        ChangeRequest r =
                requests(TestAccounts.ADA).file(ada(), PolicyBoundary.change(before, before.protect("Customer.email")));

        assertThat(r.state()).isEqualTo(ChangeRequest.State.PENDING);
        assertThat(policy.load()).isEqualTo(before);
        assertRefused(() -> requests(TestAccounts.ADA).approve(r.id(), ada()), "no-self-approval");
        assertThat(policy.load()).isEqualTo(before);

        ChangeRequest approved = requests(TestAccounts.BOB).approve(r.id(), bob());

        assertThat(approved.state()).isEqualTo(ChangeRequest.State.APPLIED);
        assertThat(approved.loneAdmin()).isFalse();
        assertThat(policy.load().protectedPrimitives()).containsExactly("Customer.email");
        AuditEntry entry = audit().getLast();
        assertThat(entry.action()).isEqualTo("request.approved");
        assertThat(entry.actor()).isEqualTo("human:bob");
        assertThat(entry.details().path("before").asText()).contains("\"protectedPrimitives\":[]");
        assertThat(entry.details().path("after").asText()).contains("Customer.email");
        assertThat(actions()).contains("request.approve.refused");
        assertRefused(() -> requests(TestAccounts.BOB).approve(r.id(), bob()), "request-decided");
    }

    @Test
    void aRoleGrantWaitsForASecondAdminAndItsSubjectCannotApproveIt() {
        makeBobAnAdmin();
        registry(TestAccounts.ADA).add("cy", Set.of(), Optional.of("cy"));
        ChangeRequest r = requests(TestAccounts.ADA).file(ada(), HumanChanges.roles("cy", Set.of(Role.ADMIN)));

        assertThat(r.state()).isEqualTo(ChangeRequest.State.PENDING);
        assertThat(human("cy").roles()).isEmpty();
        Actor cyAsIfAdmin = new Actor(Identity.parse("human:cy"), TestAccounts.CY.proof());
        assertRefused(() -> requests(TestAccounts.CY).approve(r.id(), cyAsIfAdmin), "admin-only");

        requests(TestAccounts.BOB).approve(r.id(), bob());

        assertThat(human("cy").roles()).containsExactly(Role.ADMIN);
        assertThat(actions()).contains("humans.roles", "request.approved");
    }

    @Test
    void theSubjectOfARoleRequestNeverApprovesItEvenAsAnAdmin() {
        makeBobAnAdmin();
        ChangeRequest r =
                requests(TestAccounts.ADA).file(ada(), HumanChanges.roles("bob", Set.of(Role.ADMIN, Role.APPROVER)));

        assertRefused(() -> requests(TestAccounts.BOB).approve(r.id(), bob()), "no-self-role-change");
        assertThat(human("bob").roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void nobodyGrantsThemselvesARoleNotEvenALoneAdmin() {
        registry(TestAccounts.ADA).add("bob", Set.of(), Optional.of("bob"));
        Set<Role> before = human("ada").roles();

        assertRefused(
                () -> requests(TestAccounts.ADA).file(ada(), HumanChanges.roles("ada", Set.of(Role.ADMIN))),
                "no-self-role-change");
        assertRefused(() -> requests(TestAccounts.ADA).file(ada(), HumanChanges.removal("ada")), "no-self-role-change");

        assertThat(human("ada").roles()).isEqualTo(before);
        assertThat(requests(TestAccounts.ADA).list()).isEmpty();
        assertThat(audit().getLast().action()).isEqualTo("request.file.refused");
        assertThat(audit().getLast().details().path("rule").asText()).isEqualTo("no-self-role-change");
    }

    @Test
    void aNewHumansRolesWaitForASecondAdminSoOneAdminCannotMintApprovers() {
        makeBobAnAdmin();
        registry(TestAccounts.ADA).add("cy", Set.of(), Optional.of("cy"));

        ChangeRequest r = requests(TestAccounts.ADA).file(ada(), HumanChanges.roles("cy", Set.of(Role.APPROVER)));

        assertThat(r.state()).isEqualTo(ChangeRequest.State.PENDING);
        assertThat(r.loneAdmin()).isFalse();
        assertThat(human("cy").roles()).isEmpty();
        assertThat(requests(TestAccounts.ADA).flagged())
                .extracting(ChangeRequest::id)
                .doesNotContain(r.id());
    }

    @Test
    void theAdminALoneAdminPromotedNeverAcknowledgesOrApprovesThatPromotion() {
        makeBobAnAdmin();
        ChangeRequest promotion = requests(TestAccounts.ADA).flagged().getFirst();

        assertRefused(() -> requests(TestAccounts.BOB).acknowledge(bob()), "no-self-role-change");
        assertRefused(() -> requests(TestAccounts.BOB).approve(promotion.id(), bob()), "request-decided");
        assertThat(requests(TestAccounts.BOB).flagged())
                .extracting(ChangeRequest::id)
                .containsExactly(promotion.id());
        assertThat(requests(TestAccounts.BOB).loneAdminWarning())
                .get()
                .asString()
                .contains(promotion.id());

        // a third admin, whom ada and bob made together, is the one who acknowledges it
        registry(TestAccounts.ADA).add("cy", Set.of(), Optional.of("cy"));
        ChangeRequest cy = requests(TestAccounts.ADA).file(ada(), HumanChanges.roles("cy", Set.of(Role.ADMIN)));
        requests(TestAccounts.BOB).approve(cy.id(), bob());
        Actor cyAdmin = registry(TestAccounts.CY).prove(Optional.empty(), "test", Role.ADMIN);

        assertThat(requests(TestAccounts.CY).acknowledge(cyAdmin))
                .extracting(ChangeRequest::id)
                .containsExactly(promotion.id());
        assertThat(requests(TestAccounts.CY).loneAdminWarning()).isEmpty();
    }

    @Test
    void agentsAndNonAdminsCannotFileOrDecide() {
        registry(TestAccounts.ADA).add("bob", Set.of(), Optional.of("bob"));
        Actor agent = new Actor(Identity.parse("agent:bot"), TestAccounts.ADA.proof());
        Actor plainBob = new Actor(Identity.parse("human:bob"), TestAccounts.BOB.proof());

        assertRefused(
                () -> requests(TestAccounts.ADA)
                        .file(
                                agent,
                                PolicyBoundary.change(
                                        policy.load(), policy.load().withSoloMode(true))),
                "humans-only");
        assertRefused(
                () -> requests(TestAccounts.BOB)
                        .file(
                                plainBob,
                                PolicyBoundary.change(
                                        policy.load(), policy.load().withSoloMode(true))),
                "admin-only");

        assertThat(policy.load().soloMode()).isFalse();
    }

    @Test
    void aRequestWhoseSubjectChangedSinceItWasFiledIsRefused() {
        makeBobAnAdmin();
        Policy start = policy.load();
        ChangeRequest r =
                requests(TestAccounts.ADA).file(ada(), PolicyBoundary.change(start, start.withSoloMode(true)));
        policy.save(start.protect("Vault")); // changed behind the request's back

        assertRefused(() -> requests(TestAccounts.BOB).approve(r.id(), bob()), "request-stale");

        assertThat(policy.load().soloMode()).isFalse();
        assertThat(requests(TestAccounts.BOB).reject(r.id(), bob(), "stale").state())
                .isEqualTo(ChangeRequest.State.REJECTED);
        assertThat(actions()).contains("request.rejected");
    }

    @Test
    void requestsAreKeptOwnerOnly() throws Exception {
        requests(TestAccounts.ADA)
                .file(ada(), PolicyBoundary.change(policy.load(), policy.load().withSoloMode(true)));

        assertThat(Files.getPosixFilePermissions(home.requestsFile()))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    /** Bob becomes an admin the only way there is: a lone admin's role request, flagged. */
    @Test
    void twoConsolesFilingAtOnceLoseNoRequest() throws Exception {
        BoundaryChange flag = new BoundaryChange() {
            @Override
            public String kind() {
                return "test.flag";
            }

            @Override
            public String current(java.util.Map<String, String> payload) {
                return "off";
            }

            @Override
            public void apply(ChangeRequest request, Actor by) {}
        };
        Actor ada = ada();
        // two instances, as the CLI and the web console each hold one over the same home
        List<ChangeRequests> consoles = List.of(
                new ChangeRequests(home, Clock.systemUTC(), List.of(flag)),
                new ChangeRequests(home, Clock.systemUTC(), List.of(flag)));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<?>> runs = new ArrayList<>();
            for (int c = 0; c < 2; c++) {
                ChangeRequests console = consoles.get(c);
                String prefix = "console" + c + "-";
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < 15; i++) {
                        console.file(
                                ada,
                                new dev.pilothouse.workspace.requests.Change(
                                        "test.flag",
                                        prefix + i,
                                        "flag " + prefix + i,
                                        "on",
                                        java.util.Map.of(),
                                        Optional.empty()));
                    }
                }));
            }
            for (var run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }

        List<ChangeRequest> all = requests(TestAccounts.ADA).list();
        assertThat(all).hasSize(30);
        assertThat(all).extracting(ChangeRequest::id).doesNotHaveDuplicates();
    }

    private void makeBobAnAdmin() {
        registry(TestAccounts.ADA).add("bob", Set.of(), Optional.of("bob"));
        ChangeRequest r = requests(TestAccounts.ADA).file(ada(), HumanChanges.roles("bob", Set.of(Role.ADMIN)));
        assertThat(r.loneAdmin()).isTrue();
    }

    private HumanRegistry registry(OsAccount account) {
        return new HumanRegistry(home, TestAccounts.as(account), Clock.systemUTC());
    }

    private ChangeRequests requests(OsAccount account) {
        List<BoundaryChange> kinds = new ArrayList<>(HumanChanges.over(registry(account)));
        kinds.add(PolicyBoundary.in(home, Clock.systemUTC()));
        return new ChangeRequests(home, Clock.systemUTC(), kinds);
    }

    private Actor ada() {
        return registry(TestAccounts.ADA).prove(Optional.empty(), "test", Role.ADMIN);
    }

    private Actor bob() {
        return registry(TestAccounts.BOB).prove(Optional.empty(), "test", Role.ADMIN);
    }

    private Human human(String name) {
        return registry(TestAccounts.ADA).list().stream()
                .filter(h -> h.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private List<AuditEntry> audit() {
        return new AuditLog(home.auditLog(), Clock.systemUTC()).entries();
    }

    private List<String> actions() {
        return audit().stream().map(AuditEntry::action).toList();
    }

    private static void assertRefused(ThrowingCallable call, String rule) {
        assertThatThrownBy(call)
                .isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).rule())
                .isEqualTo(rule);
    }
}
