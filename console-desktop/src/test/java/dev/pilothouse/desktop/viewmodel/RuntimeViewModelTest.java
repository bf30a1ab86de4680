package dev.pilothouse.desktop.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.runtime.Credentials;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class RuntimeViewModelTest {

    /** A runtime that demands the terms once and records what it was asked. */
    static final class FakeRuntime implements RuntimePort {
        final List<String> calls = new ArrayList<>();

        @Override
        public Connection startLocal(boolean acceptTerms, Consumer<String> progress) {
            calls.add("start " + acceptTerms);
            if (!acceptTerms) {
                throw new TermsNotAccepted("Harper's terms must be accepted");
            }
            progress.accept("installing");
            return new Connection("local", "node1 127.0.0.1", "4.7.29", null, null);
        }

        @Override
        public Connection attach(URI url, Credentials credentials, Consumer<String> progress) {
            throw new IllegalStateException("Nothing answers at " + url);
        }

        @Override
        public String health(Connection c, String project) {
            return "healthy";
        }

        @Override
        public void stop(Connection c) {
            calls.add("stop");
        }
    }

    private final FakeRuntime port = new FakeRuntime();
    private final TasksViewModel tasks = new TasksViewModel(Runnable::run, Runnable::run);
    private final RuntimeViewModel vm = new RuntimeViewModel(port, tasks, false);

    @Test
    void connectingChecksTheAppSoALiveDeployIsNotCalledNotDeployed() {
        RuntimeViewModel checking = new RuntimeViewModel(port, tasks, true, () -> "shop");
        checking.startLocal();
        assertThat(checking.deployStateProperty().get()).isEqualTo("running (deployed earlier)");
        assertThat(checking.healthProperty().get()).isEqualTo("healthy");
        assertThat(vm.deployStateProperty().get()).as("no app to check").isEqualTo("not deployed");
    }

    @Test
    void termsAreAskedForNotAssumed() {
        vm.startLocal();
        assertThat(vm.termsRequestedProperty().get()).isTrue();
        assertThat(vm.runtimeProperty().get()).isEqualTo("start failed");
        vm.acceptTermsAndStart();
        assertThat(port.calls).containsExactly("start false", "start true");
        assertThat(vm.runtimeProperty().get()).isEqualTo("local");
        assertThat(vm.versionProperty().get()).isEqualTo("Harper 4.7.29");
    }

    @Test
    void declinedTermsLeaveNoRuntime() {
        vm.startLocal();
        vm.declineTerms();
        assertThat(vm.termsRequestedProperty().get()).isFalse();
        assertThat(vm.connectionProperty().get()).isNull();
    }

    @Test
    void failedAttachIsVisibleAndRetryable() {
        vm.attach(URI.create("http://127.0.0.1:1"), new Credentials.Basic("admin", "x"));
        TaskItem task = tasks.tasks().get(0);
        assertThat(task.stateProperty().get()).isEqualTo(TaskItem.State.FAILED);
        assertThat(task.errorProperty().get()).contains("Nothing answers");
        assertThat(vm.runtimeProperty().get()).isEqualTo("attach failed");
        task.retry();
        assertThat(tasks.tasks()).hasSize(2);
    }

    @Test
    void aGovernedDeployShowsItsTagAndTheComponentsHealth() {
        vm.acceptTermsAndStart();
        vm.governedDeploy("deploy/3", "shop");
        assertThat(vm.deployStateProperty().get()).isEqualTo("live as deploy/3");
        assertThat(vm.healthProperty().get()).isEqualTo("healthy");
        assertThat(port.calls).as("the runtime port has no deploy of its own").containsExactly("start true");
    }
}
