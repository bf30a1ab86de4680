package dev.pilothouse.runtime.bench;

import static dev.pilothouse.runtime.bench.LiveDeliveryBenchmark.nowMillis;

import dev.pilothouse.runtime.Credentials;
import dev.pilothouse.runtime.HarperEndpoint;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * The writers {@link WritePathBenchmark} compares, each returning its own acknowledgement time in ms: the JDK
 * {@code HttpClient} (HTTP/1.1, what the other benchmark uses), a plain keep-alive socket with TCP_NODELAY that
 * sends each PUT in one segment, and Paho publishing retained messages (stored as records) with QoS 0 and QoS 1.
 */
final class Writers implements AutoCloseable {

    private final HarperEndpoint endpoint;
    private final String auth;
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final MqttClient mqtt;

    Writers(HarperEndpoint endpoint, Credentials.Basic admin) throws Exception {
        this.endpoint = endpoint;
        this.auth = endpoint.credentials().authorizationHeader();
        URI base = endpoint.httpUrl();
        socket = new Socket(base.getHost(), base.getPort());
        socket.setTcpNoDelay(true);
        in = new BufferedInputStream(socket.getInputStream());
        out = socket.getOutputStream();
        mqtt = new MqttClient(
                "tcp://" + endpoint.mqttHost() + ":" + endpoint.mqttPort(),
                "bench-writer-" + UUID.randomUUID(),
                new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setUserName(admin.username());
        options.setPassword(admin.password().toCharArray());
        options.setMaxInflight(1000);
        mqtt.connect(options);
    }

    /** Writes record {@code run-seq} with the given writer; returns the acknowledgement time in ms. */
    double write(String writer, String run, int seq) throws Exception {
        double sentAt = nowMillis();
        String id = run + "-" + seq;
        byte[] body = String.format(
                        Locale.ROOT, "{\"run\":\"%s\",\"phase\":0,\"seq\":%d,\"sentAt\":%.3f}", run, seq, sentAt)
                .getBytes(StandardCharsets.UTF_8);
        switch (writer) {
            case "rest-jdk" -> {
                HttpResponse<Void> r = http.send(
                        HttpRequest.newBuilder(endpoint.httpUrl().resolve("/BenchEvent/" + id))
                                .header("Content-Type", "application/json")
                                .header("Authorization", auth)
                                .PUT(HttpRequest.BodyPublishers.ofByteArray(body))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                check(r.statusCode());
            }
            case "rest-nodelay" -> {
                String head = "PUT /BenchEvent/" + id + " HTTP/1.1\r\nHost: "
                        + endpoint.httpUrl().getAuthority()
                        + "\r\nContent-Type: application/json\r\nAuthorization: " + auth + "\r\nContent-Length: "
                        + body.length + "\r\n\r\n";
                byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
                byte[] request = new byte[headBytes.length + body.length];
                System.arraycopy(headBytes, 0, request, 0, headBytes.length);
                System.arraycopy(body, 0, request, headBytes.length, body.length);
                out.write(request);
                out.flush();
                readResponse();
            }
            case "mqtt-qos0" -> mqtt.publish("BenchEvent/" + id, body, 0, true);
            case "mqtt-qos1" -> mqtt.publish("BenchEvent/" + id, body, 1, true);
            default -> throw new IllegalArgumentException("unknown writer " + writer);
        }
        return nowMillis() - sentAt;
    }

    private void readResponse() throws IOException {
        String status = line();
        int length = 0;
        for (String header = line(); !header.isEmpty(); header = line()) {
            if (header.regionMatches(true, 0, "content-length:", 0, 15)) {
                length = Integer.parseInt(header.substring(15).trim());
            }
        }
        in.readNBytes(length);
        check(Integer.parseInt(status.split(" ")[1]));
    }

    private String line() throws IOException {
        StringBuilder b = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("Harper closed the connection");
            }
            if (c != '\r') {
                b.append((char) c);
            }
        }
        return b.toString();
    }

    private static void check(int status) {
        if (status / 100 != 2) {
            throw new IllegalStateException("PUT answered " + status);
        }
    }

    @Override
    public void close() throws Exception {
        socket.close();
        mqtt.disconnect();
        mqtt.close();
    }
}
