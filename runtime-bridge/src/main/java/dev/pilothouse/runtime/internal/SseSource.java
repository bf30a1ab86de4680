package dev.pilothouse.runtime.internal;

import dev.pilothouse.runtime.AuthenticationFailedException;
import dev.pilothouse.runtime.HarperEndpoint;
import dev.pilothouse.runtime.OperationFailedException;
import dev.pilothouse.runtime.StreamOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.stream.Stream;

/** The same subscription over Server-Sent Events ({@code Accept: text/event-stream}); Harper sends only data lines. */
public final class SseSource extends ReconnectingSource {

    private final HarperEndpoint endpoint;
    private final String path;
    private volatile HttpClient current;

    public SseSource(EventSink sink, StreamOptions options, HarperEndpoint endpoint, String path) {
        super(sink, options, "SSE " + endpoint.restUrl(path));
        this.endpoint = endpoint;
        this.path = path;
    }

    @Override
    protected void session() throws Exception {
        URI uri = endpoint.restUrl(path);
        // one client per session: shutting it down is the reliable way to abort a blocked line read
        try (HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            current = http;
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .header("Accept", "text/event-stream")
                    .header("Authorization", endpoint.credentials().authorizationHeader())
                    .GET()
                    .build();
            HttpResponse<Stream<String>> response = http.send(request, HttpResponse.BodyHandlers.ofLines());
            int status = response.statusCode();
            if (status != 200) {
                String body = String.join("\n", response.body().limit(5).toList());
                response.body().close();
                String message = body.replaceFirst("^data: ", "");
                throw new FatalStreamException(
                        status == 401
                                ? new AuthenticationFailedException(uri.toString(), message)
                                : new OperationFailedException("subscribe " + path, status, message));
            }
            long connectedAt = System.currentTimeMillis();
            connected();
            try (Stream<String> lines = response.body()) {
                Iterator<String> it = lines.iterator();
                while (it.hasNext() && !stopped()) {
                    String line = it.next();
                    if (line.startsWith("data:")) {
                        String data = line.substring(5).strip();
                        sink.emit(EnvelopeParser.parse(path, data, connectedAt), data.length());
                    }
                }
            } catch (UncheckedIOException e) {
                throw new IOException("SSE stream " + uri + " broke: " + e.getCause(), e.getCause());
            }
        }
    }

    @Override
    protected void abortSession() {
        HttpClient http = current;
        if (http != null) {
            http.shutdownNow();
        }
    }
}
