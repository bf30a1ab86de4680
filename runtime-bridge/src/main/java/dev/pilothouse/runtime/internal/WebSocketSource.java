package dev.pilothouse.runtime.internal;

import dev.pilothouse.runtime.AuthenticationFailedException;
import dev.pilothouse.runtime.HarperEndpoint;
import dev.pilothouse.runtime.OperationFailedException;
import dev.pilothouse.runtime.StreamOptions;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A table ({@code /Table/}) or record ({@code /Table/id}) subscription over the JDK WebSocket. Frames are requested
 * one at a time, so a blocked subscriber (BLOCK policy) pushes back on Harper through TCP.
 */
public final class WebSocketSource extends ReconnectingSource {

    private final HarperEndpoint endpoint;
    private final String path;
    private final HttpClient http;
    private final Duration heartbeat;
    private volatile WebSocket current;
    private volatile long lastHeard;
    private volatile boolean delivering; // a subscriber holding a frame back (BLOCK policy) is not a silent peer

    public WebSocketSource(EventSink sink, StreamOptions options, HarperEndpoint endpoint, String path) {
        super(sink, options, "WebSocket " + endpoint.webSocketUrl(path));
        this.endpoint = endpoint;
        this.path = path;
        this.heartbeat = options.heartbeat();
        this.http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @Override
    protected void session() throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        URI uri = endpoint.webSocketUrl(path);
        Listener listener = new Listener(done);
        CompletableFuture<WebSocket> opening = http.newWebSocketBuilder()
                .header("Authorization", endpoint.credentials().authorizationHeader())
                .connectTimeout(Duration.ofSeconds(5))
                .buildAsync(uri, listener);
        try {
            current = opening.get(10, TimeUnit.SECONDS);
            lastHeard = System.nanoTime();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException h
                    && h.getResponse().statusCode() == 401) {
                throw new FatalStreamException(new AuthenticationFailedException(uri.toString(), "401"));
            }
            throw new IOException("could not open " + uri + ": " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            // a handshake that completes after we gave up must not live on beside the next session
            opening.thenAccept(WebSocket::abort);
            throw new IOException("no WebSocket handshake from " + uri + " within 10 s", e);
        }
        awaitEnd(done, current);
    }

    /** Waits for the session to end, pinging Harper so that a peer gone silent ends it too. */
    private void awaitEnd(CompletableFuture<Void> done, WebSocket socket) throws Exception {
        while (true) {
            try {
                done.get(heartbeat.toMillis(), TimeUnit.MILLISECONDS);
                return;
            } catch (ExecutionException e) {
                if (e.getCause() instanceof FatalStreamException fatal) {
                    throw fatal;
                }
                throw new IOException(e.getCause().toString(), e.getCause());
            } catch (TimeoutException e) {
                long silent = System.nanoTime() - lastHeard;
                if (!delivering && silent > heartbeat.multipliedBy(2).toNanos()) {
                    socket.abort();
                    throw new IOException("no answer from Harper for "
                            + Duration.ofNanos(silent).toSeconds() + " s (not even to a ping)");
                }
                socket.sendPing(ByteBuffer.allocate(0));
            }
        }
    }

    @Override
    protected void abortSession() {
        WebSocket socket = current;
        if (socket != null) {
            socket.abort();
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final CompletableFuture<Void> done;
        private final StringBuilder partial = new StringBuilder();
        private long connectedAt;

        Listener(CompletableFuture<Void> done) {
            this.done = done;
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            connectedAt = System.currentTimeMillis();
            lastHeard = System.nanoTime();
            connected(); // before any frame, so a gap marker precedes the replay
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            lastHeard = System.nanoTime();
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                delivering = true;
                try {
                    sink.emit(EnvelopeParser.parse(path, text, connectedAt), text.length());
                } catch (IOException e) {
                    done.completeExceptionally(new IOException("unreadable frame on " + path + ": " + text, e));
                    return null;
                } finally {
                    delivering = false;
                    lastHeard = System.nanoTime();
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onPong(WebSocket webSocket, ByteBuffer message) {
            lastHeard = System.nanoTime();
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
            lastHeard = System.nanoTime();
            webSocket.request(1); // the JDK answers the ping itself
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            URI uri = endpoint.webSocketUrl(path);
            if (statusCode == 3000) {
                done.completeExceptionally(
                        new FatalStreamException(new AuthenticationFailedException(uri.toString(), reason)));
            } else if (statusCode == 3003 || statusCode == 1011) {
                done.completeExceptionally(new FatalStreamException(
                        new OperationFailedException("subscribe " + path, statusCode, reason)));
            } else {
                done.complete(null);
            }
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            done.completeExceptionally(error);
        }
    }
}
