package dev.pilothouse.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static LocalRuntime cluster;
    private static List<RuntimeNode> nodes;

    @BeforeAll
    static void startThreeNodes() {
        cluster = new LocalRuntime(SharedHarper.TARGET.resolve("harper-it/cluster"), HarperInstaller.forCurrentUser());
        cluster.stop();
        nodes = cluster.start(new StartOptions(
                3,
                true,
                StartOptions.Ports.ANY,
                Duration.ofSeconds(120),
                line -> System.out.println("[cluster] " + line)));
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.stop();
        }
    }

    @Test
    void threeLoopbackNodesSeeEachOtherConnected() {
        assertThat(nodes).extracting(RuntimeNode::host).containsExactly("127.0.0.1", "127.0.0.2", "127.0.0.3");
        ClusterTopology topology =
                ClusterMonitor.poll(nodes.stream().map(cluster::client).toList());
        assertThat(topology.nodes()).allMatch(ClusterTopology.Node::reachable);
        assertThat(topology.connectedLinks()).isEqualTo(6);
        assertThat(topology.link("127.0.0.1", "127.0.0.3").databases()).contains("system");
    }

    @Test
    void recordWrittenOnOneNodeIsReplicatedToTheOthers() throws Exception {
        HarperClient third = cluster.client(nodes.get(2));
        if (!third.describeAll().has("clusterit")) {
            third.createDatabase("clusterit");
            third.createTable("clusterit", "item", "id");
        }
        third.upsert("clusterit", "item", List.of(Map.of("id", "r1", "from", "node3")));
        for (RuntimeNode node : nodes.subList(0, 2)) {
            HarperClient client = cluster.client(node);
            long deadline = System.currentTimeMillis() + 15_000;
            List<com.fasterxml.jackson.databind.JsonNode> found = List.of();
            while (found.isEmpty() && System.currentTimeMillis() < deadline) {
                try {
                    found = client.searchById("clusterit", "item", List.of("r1"));
                } catch (OperationFailedException e) {
                    Thread.sleep(100); // the table itself may not have replicated yet
                }
                Thread.sleep(50);
            }
            assertThat(found).as("r1 on " + node.host()).hasSize(1);
            assertThat(found.get(0).path("from").asText()).isEqualTo("node3");
        }
    }

    @Test
    void monitorReportsAChangeWhenANodeGoesDown() throws Exception {
        List<HarperClient> clients = nodes.stream().map(cluster::client).toList();
        java.util.concurrent.BlockingQueue<ClusterMonitor.Change> changes =
                new java.util.concurrent.LinkedBlockingQueue<>();
        try (ClusterMonitor monitor = new ClusterMonitor(clients, Duration.ofMillis(300));
                AutoCloseable ignored = monitor.onChange(changes::add)) {
            ClusterMonitor.Change first = changes.poll(10, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(first).isNotNull();
            assertThat(first.current().connectedLinks()).isEqualTo(6);
        }
    }

    /** Last: it changes the mesh. Harper's remove_node is one-sided, so the bridge calls it on both nodes. */
    @Test
    @Order(Integer.MAX_VALUE)
    void removeNodeOnBothSidesDropsTheLinkBetweenThem() throws Exception {
        HarperClient first = cluster.client(nodes.get(0));
        HarperClient third = cluster.client(nodes.get(2));

        assertThat(first.cluster().removeNode("127.0.0.3")).contains("Successfully removed");
        assertThat(third.cluster().removeNode("127.0.0.1")).contains("Successfully removed");

        long deadline = System.currentTimeMillis() + 30_000;
        ClusterTopology topology =
                ClusterMonitor.poll(nodes.stream().map(cluster::client).toList());
        while ((topology.link("127.0.0.1", "127.0.0.3") != null || topology.link("127.0.0.3", "127.0.0.1") != null)
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
            topology = ClusterMonitor.poll(nodes.stream().map(cluster::client).toList());
        }
        System.out.println("[cluster] after remove_node on both sides: " + topology.links());
        assertThat(first.cluster().status().connections())
                .extracting(ClusterStatus.PeerLink::name)
                .doesNotContain("127.0.0.3");
        assertThat(third.cluster().status().connections())
                .extracting(ClusterStatus.PeerLink::name)
                .doesNotContain("127.0.0.1");
        assertThat(topology.nodes()).allMatch(ClusterTopology.Node::reachable);
        assertThat(topology.link("127.0.0.1", "127.0.0.2"))
                .as("the link nobody removed")
                .isNotNull()
                .extracting(ClusterTopology.Link::connected)
                .isEqualTo(true);
    }
}
