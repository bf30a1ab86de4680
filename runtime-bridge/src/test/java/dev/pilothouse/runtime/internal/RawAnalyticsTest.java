package dev.pilothouse.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pilothouse.runtime.InboundTraffic;
import dev.pilothouse.runtime.InboundTraffic.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Raw analytics records shaped as Harper 4.7.29 writes them (copied from a running node, trimmed). */
class RawAnalyticsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<InboundTraffic> read(String metrics) throws Exception {
        JsonNode record = JSON.readTree("{\"time\":1795328474453,\"period\":999.96,\"threadId\":2,"
                + "\"id\":1795328474452.5,"
                + "\"metrics\":[" + metrics.replace('\'', '"') + "]}");
        return RawAnalytics.inbound(record);
    }

    @Test
    void restWritesCountPerResourceAndMethodButReadsAndOperationsDoNot() throws Exception {
        List<InboundTraffic> in = read("{'metric':'duration','path':'BenchEvent','method':'PUT','mean':2.2,'count':5},"
                + "{'metric':'duration','path':'BenchEvent','method':'GET','mean':1.0,'count':9},"
                + "{'metric':'duration','path':'BenchEvent','method':'DELETE','mean':2.7,'count':1},"
                + "{'metric':'success','path':'BenchEvent','method':'PUT','total':5,'count':5},"
                + "{'metric':'duration','path':'search_by_conditions','type':'operation','mean':4.8,'count':1},"
                + "{'metric':'db-write','path':'BenchEvent','method':null,'mean':9.2,'count':7}");

        assertThat(in)
                .extracting(
                        InboundTraffic::source, InboundTraffic::resource, InboundTraffic::method, InboundTraffic::count)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Source.REST, "BenchEvent", "PUT", 5L),
                        org.assertj.core.groups.Tuple.tuple(Source.REST, "BenchEvent", "DELETE", 1L));
        assertThat(in.get(0).time().toEpochMilli()).isEqualTo(1795328474453L);
    }

    @Test
    void mqttPublishesCountWithTheirBytesButPubacksAndSendsDoNot() throws Exception {
        List<InboundTraffic> in = read("{'metric':'bytes-received','path':'BenchEvent','method':'publish,qos=1',"
                + "'type':'mqtt','mean':112.5,'count':36},"
                + "{'metric':'bytes-received','path':null,'method':'puback','type':'mqtt','mean':2,'count':36},"
                + "{'metric':'bytes-sent','path':'BenchEvent','method':'publish,qos=1','type':'mqtt','mean':145,"
                + "'count':36}");

        assertThat(in).singleElement().satisfies(t -> {
            assertThat(t.source()).isEqualTo(Source.MQTT);
            assertThat(t.resource()).isEqualTo("BenchEvent");
            assertThat(t.count()).isEqualTo(36);
            assertThat(t.bytes()).isEqualTo(4050);
        });
    }

    @Test
    void replicationNamesThePeerEvenWhenItsNameHasDots() throws Exception {
        List<InboundTraffic> in = read("{'metric':'bytes-received','path':'127.0.0.2.data.Product',"
                + "'method':'replication','type':'ingest','mean':300,'count':4},"
                + "{'metric':'bytes-sent','path':'127.0.0.2.data','method':'replication','type':'egress','mean':9,"
                + "'count':2}");

        assertThat(in).singleElement().satisfies(t -> {
            assertThat(t.source()).isEqualTo(Source.REPLICATION);
            assertThat(t.peer()).isEqualTo("127.0.0.2");
            assertThat(t.resource()).isEqualTo("Product");
            assertThat(t.count()).isEqualTo(4);
        });
    }

    @Test
    void webSocketMessagesCountUnderTheHandlersResource() throws Exception {
        List<InboundTraffic> in = read("{'metric':'bytes-received','path':'/Chat/room1','method':'message',"
                + "'type':'ws','mean':20,'count':3}");

        assertThat(in)
                .extracting(InboundTraffic::source, InboundTraffic::resource)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Source.WEBSOCKET, "Chat"));
    }
}
