package dev.pilothouse.runtime.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pilothouse.runtime.AuthenticationFailedException;
import dev.pilothouse.runtime.HarperEndpoint;
import dev.pilothouse.runtime.LiveEvent;
import dev.pilothouse.runtime.OperationFailedException;
import dev.pilothouse.runtime.StreamOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * An MQTT topic subscription (Eclipse Paho, MQTT 3.1.1). Harper sends bare records: JSON {@code null} means a
 * delete. The initial records arrive with retain=false, so replay is marked by arrival time (see REPLAY_WINDOW_MS).
 */
public final class MqttSource extends ReconnectingSource {

    private final HarperEndpoint endpoint;
    private final String topicFilter;
    private volatile MqttClient current;
    /**
     * MQTT carries no versions, so the initial state is told apart by time: records that arrive before the SUBACK
     * or in the burst right after it. Harper sends that burst at once; live changes come later.
     */
    private static final long REPLAY_WINDOW_MS = 250;

    private volatile long replayUntil = Long.MAX_VALUE;

    public MqttSource(EventSink sink, StreamOptions options, HarperEndpoint endpoint, String topicFilter) {
        super(sink, options, "MQTT " + endpoint.mqttHost() + ":" + endpoint.mqttPort() + " " + topicFilter);
        this.endpoint = endpoint;
        this.topicFilter = topicFilter;
    }

    @Override
    protected void session() throws Exception {
        CompletableFuture<Void> lost = new CompletableFuture<>();
        String uri = "tcp://" + endpoint.mqttHost() + ":" + endpoint.mqttPort();
        try (MqttClient client = new MqttClient(uri, "pilothouse-" + UUID.randomUUID(), new MemoryPersistence())) {
            current = client;
            client.setCallback(new Callback(lost));
            MqttConnectOptions options = new MqttConnectOptions();
            options.setCleanSession(true);
            options.setConnectionTimeout(5);
            options.setKeepAliveInterval(10);
            options.setAutomaticReconnect(false); // our loop reconnects, so gaps are marked the same on every transport
            options.setUserName(endpoint.credentials().username());
            options.setPassword(password().toCharArray());
            try {
                client.connect(options);
            } catch (MqttException e) {
                int code = e.getReasonCode();
                // 4/5 are MQTT 3.1.1 CONNACK codes; Harper may answer with the MQTT 5 codes 134/135 instead
                if (code == MqttException.REASON_CODE_FAILED_AUTHENTICATION
                        || code == MqttException.REASON_CODE_NOT_AUTHORIZED
                        || code == 134
                        || code == 135) {
                    throw new FatalStreamException(new AuthenticationFailedException(uri, e.getMessage()));
                }
                throw new IOException("MQTT connect to " + uri + " failed: " + e, e);
            }
            replayUntil = Long.MAX_VALUE;
            connected();
            int granted = client.subscribeWithResponse(topicFilter, 1).getGrantedQos()[0];
            if (granted == 0x80) {
                throw new FatalStreamException(new OperationFailedException(
                        "subscribe " + topicFilter,
                        0x80,
                        "Harper refused the topic filter (no table behind it, or not authorized)"));
            }
            replayUntil = System.currentTimeMillis() + REPLAY_WINDOW_MS;
            try {
                lost.get();
            } catch (ExecutionException e) {
                throw new IOException("MQTT connection lost: " + e.getCause(), e.getCause());
            } finally {
                if (client.isConnected()) {
                    client.disconnectForcibly(0, 1000);
                }
            }
        }
    }

    private String password() {
        return endpoint.credentials() instanceof dev.pilothouse.runtime.Credentials.Basic basic
                ? basic.password()
                : endpoint.credentials().authorizationHeader().substring("Bearer ".length());
    }

    @Override
    protected void abortSession() {
        MqttClient client = current;
        if (client != null && client.isConnected()) {
            try {
                client.disconnectForcibly(0, 500);
            } catch (MqttException e) {
                // already gone: nothing to abort
                org.slf4j.LoggerFactory.getLogger(MqttSource.class).debug("abort: {}", e.toString());
            }
        }
    }

    private final class Callback implements MqttCallback {
        private final CompletableFuture<Void> lost;

        Callback(CompletableFuture<Void> lost) {
            this.lost = lost;
        }

        @Override
        public void connectionLost(Throwable cause) {
            lost.completeExceptionally(cause);
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) throws IOException {
            byte[] payload = message.getPayload();
            String text = new String(payload, StandardCharsets.UTF_8);
            JsonNode value = text.isBlank() ? null : parse(text);
            boolean delete = value == null || value.isNull();
            int slash = topic.indexOf('/');
            String id = slash < 0 ? null : topic.substring(slash + 1);
            sink.emit(
                    new LiveEvent.Change(
                            delete ? LiveEvent.Kind.DELETE : LiveEvent.Kind.PUT,
                            topic,
                            id,
                            delete ? null : value,
                            Double.NaN,
                            System.currentTimeMillis(),
                            System.currentTimeMillis() < replayUntil,
                            payload.length),
                    payload.length);
        }

        private JsonNode parse(String text) {
            try {
                return HttpTransport.JSON.readTree(text);
            } catch (IOException e) {
                return HttpTransport.JSON.getNodeFactory().textNode(text); // Harper stores non-JSON as a blob
            }
        }

        @Override
        public void deliveryComplete(IMqttDeliveryToken token) {
            // subscriber only: nothing is published
        }
    }
}
