package dev.pilothouse.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LocalRuntimeIT {

    @Test
    void startedNodeAnswersWithGeneratedCredentialsOnLoopback() {
        RuntimeNode node = SharedHarper.node();
        assertThat(node.host()).isEqualTo("127.0.0.1");
        assertThat(node.operationsUrl().getHost()).isEqualTo("127.0.0.1");
        assertThat(SharedHarper.client().version()).isEqualTo(HarperInstaller.HARPER_VERSION);
        assertThat(SharedHarper.client().userInfo().path("username").asText()).isEqualTo("admin");
    }

    @Test
    void takenPreferredPortIsReplacedByAFreeOne() {
        assertThat(SharedHarper.node().operationsUrl().getPort()).isNotEqualTo(SharedHarper.blockedPort());
    }

    @Test
    void credentialsFileIsReadableByItsOwnerOnly() throws Exception {
        Set<PosixFilePermission> permissions =
                Files.getPosixFilePermissions(SharedHarper.node().credentialsFile());
        assertThat(permissions)
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(SharedHarper.node().credentialsFile().toFile());
        assertThat(json.path("password").asText()).hasSizeGreaterThan(20);
        assertThat(Files.readString(SharedHarper.runtime().dir().resolve(".gitignore")))
                .contains("*");
    }

    @Test
    void configWrittenWithAuthorizeLocalFalseSoLoopbackNeedsCredentials() throws Exception {
        String yaml = Files.readString(SharedHarper.node().rootPath().resolve("harperdb-config.yaml"));
        assertThat(yaml).containsPattern("authorizeLocal: false");
        assertThat(yaml).as("durable commits unless --write-async").containsPattern("writeAsync: false");
        HarperClient anonymous = new HarperClient(SharedHarper.endpoint().withCredentials(new Credentials.Token("")));
        org.assertj.core.api.Assertions.assertThatThrownBy(anonymous::userInfo)
                .isInstanceOf(AuthenticationFailedException.class);
    }

    @Test
    void statusReportsTheLivePidFromHdbPid() throws Exception {
        NodeStatus status = SharedHarper.runtime().status().get(0);
        assertThat(status.state()).isEqualTo(NodeStatus.State.RUNNING);
        long pid = Long.parseLong(
                Files.readString(status.node().rootPath().resolve("hdb.pid")).strip());
        assertThat(status.node().pid()).isEqualTo(pid);
        assertThat(ProcessHandle.of(pid)).isPresent();
    }

    @Test
    void startWithoutAcceptedTermsIsRefusedBeforeAnythingRuns() {
        LocalRuntime fresh =
                new LocalRuntime(SharedHarper.TARGET.resolve("harper-it/no-terms"), HarperInstaller.forCurrentUser());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> fresh.start(StartOptions.single(false)))
                .isInstanceOf(RuntimeSetupException.class)
                .hasMessageContaining("--accept-harper-terms");
    }
}
