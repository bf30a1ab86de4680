package dev.pilothouse.desktop.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.desktop.TestHumans;
import dev.pilothouse.desktop.service.DesktopBoundary;
import dev.pilothouse.workspace.Actor;
import dev.pilothouse.workspace.Identity;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.PolicyBoundary;
import dev.pilothouse.workspace.humans.HumanChanges;
import dev.pilothouse.workspace.humans.HumanRegistry;
import dev.pilothouse.workspace.humans.Role;
import dev.pilothouse.workspace.policy.Policy;
import dev.pilothouse.workspace.policy.PolicyStore;
import dev.pilothouse.workspace.requests.ChangeRequest;
import dev.pilothouse.workspace.requests.ChangeRequests;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Requests view's ViewModel over a real console home with two admins: the desktop's human (this OS account,
 * registered first, so an admin) and bob (another account, made an admin by a lone-admin change). Inline executors.
 */
class RequestsViewModelTest {

    static final Identity BOB = Identity.parse("human:bob");

    @TempDir
    Path tmp;

    PilothouseHome home;
    DesktopBoundary boundary;
    RequestsViewModel requests;

    @BeforeEach
    void twoAdmins() {
        home = new PilothouseHome(tmp.resolve("home"));
        HumanRegistry humans = TestHumans.registered(home, "ada");
        boundary = new DesktopBoundary(home, humans);
        humans.add("bob", Set.of(), Optional.of("daemon"));
        ChangeRequest bobAdmin =
                boundary.requests().file(boundary.user("test"), HumanChanges.roles("bob", Set.of(Role.ADMIN)));
        assertThat(bobAdmin.loneAdmin())
                .as("ada was alone when she made bob an admin")
                .isTrue();
        requests = new RequestsViewModel(
                boundary, new TasksViewModel(Runnable::run, Runnable::run), Runnable::run, Runnable::run);
    }

    private Policy policy() {
        return new PolicyStore(home.policyFile()).load();
    }

    private ChangeRequest file(Actor who) {
        return boundary.requests().file(who, PolicyBoundary.change(policy(), policy().withSoloMode(true)));
    }

    @Test
    void anotherAdminsPendingRequestIsListedWithBeforeAndAfterAndApprovingAppliesIt() {
        ChangeRequest bobs = file(TestHumans.proved(BOB));
        assertThat(bobs.state()).isEqualTo(ChangeRequest.State.PENDING);

        requests.refresh().join();
        assertThat(requests.requests()).extracting(ChangeRequest::id).containsExactly("R1", bobs.id());
        assertThat(requests.requests().get(1)).satisfies(r -> {
            assertThat(r.requestedBy()).isEqualTo("human:bob");
            assertThat(r.before()).isNotEqualTo(r.after());
            assertThat(RequestsViewModel.state(r)).isEqualTo("pending");
            assertThat(RequestsViewModel.loneAdmin(r)).isEmpty();
        });
        assertThat(RequestsViewModel.loneAdmin(requests.requests().getFirst())).isEqualTo(ChangeRequests.LONE_ADMIN);
        assertThat(requests.loneAdminProperty().get()).contains("R1");

        requests.approve(bobs.id()).join();

        assertThat(requests.refusedProperty().get()).isFalse();
        assertThat(requests.messageProperty().get()).contains(bobs.id(), "applied");
        assertThat(policy().soloMode()).isTrue();
        assertThat(requests.requests()).extracting(ChangeRequest::id).containsExactly("R1");
        requests.showAllProperty().set(true);
        assertThat(requests.requests()).extracting(ChangeRequest::id).containsExactly(bobs.id(), "R1");
    }

    @Test
    void aPollThatFindsNothingNewLeavesTheListAlone() {
        file(TestHumans.proved(BOB));
        requests.refresh().join();
        int[] changes = {0};
        requests.requests().addListener((javafx.collections.ListChangeListener<ChangeRequest>) c -> changes[0]++);

        requests.refresh().join();

        assertThat(changes[0])
                .as("the selection survives the desktop's 5 s poll")
                .isZero();
    }

    @Test
    void approvingOnesOwnRequestShowsTheKitsRefusalAndChangesNothing() {
        ChangeRequest own = file(boundary.user("test"));

        requests.approve(own.id()).join();

        assertThat(requests.refusedProperty().get()).isTrue();
        assertThat(requests.messageProperty().get()).startsWith("refused by rule no-self-approval");
        assertThat(policy().soloMode()).isFalse();
        assertThat(boundary.requests().get(own.id()).state()).isEqualTo(ChangeRequest.State.PENDING);
    }

    @Test
    void rejectingNeedsAReasonWhichTheRequestKeeps() {
        ChangeRequest bobs = file(TestHumans.proved(BOB));

        requests.reject(bobs.id(), "  ").join();
        assertThat(requests.refusedProperty().get()).isTrue();
        assertThat(boundary.requests().get(bobs.id()).state()).isEqualTo(ChangeRequest.State.PENDING);

        requests.reject(bobs.id(), "not during the release").join();
        assertThat(requests.messageProperty().get()).contains("rejected: not during the release");
        assertThat(boundary.requests().get(bobs.id())).satisfies(r -> {
            assertThat(r.state()).isEqualTo(ChangeRequest.State.REJECTED);
            assertThat(r.decidedBy()).isEqualTo("human:ada");
        });
        assertThat(policy().soloMode()).isFalse();
    }

    @Test
    void aLoneAdminCannotAcknowledgeTheirOwnChangeAndTheRefusalSaysSo() {
        requests.acknowledge().join();

        assertThat(requests.refusedProperty().get()).isTrue();
        assertThat(requests.messageProperty().get()).startsWith("refused by rule nothing-to-acknowledge");
        requests.dismiss();
        assertThat(requests.messageProperty().get()).isEmpty();
    }
}
