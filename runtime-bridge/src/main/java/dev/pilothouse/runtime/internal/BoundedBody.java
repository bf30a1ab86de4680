package dev.pilothouse.runtime.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body read as it streams in, up to {@code limit} bytes. A declared {@code Content-Length} over the limit
 * is refused before any byte is read; a body that grows past it (chunked) is refused as soon as it does, and the
 * exchange is cancelled, so a runaway answer never sits whole in memory.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<String> {

    /** Failure of the body when it is over the limit; {@link HttpTransport} turns it into the public exception. */
    static final class TooLarge extends IOException {
        TooLarge(long limit) {
            super("response larger than " + limit + " bytes");
        }
    }

    private final long limit;
    private final long declared;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<String> body = new CompletableFuture<>();
    private Flow.Subscription subscription;

    private BoundedBody(long limit, long declared) {
        this.limit = limit;
        this.declared = declared;
    }

    static HttpResponse.BodyHandler<String> handler(long limit) {
        return info -> new BoundedBody(
                limit, info.headers().firstValueAsLong("Content-Length").orElse(-1));
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (declared > limit) {
            refuse();
            return;
        }
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (body.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            if (bytes.size() + (long) item.remaining() > limit) {
                refuse();
                return;
            }
            byte[] chunk = new byte[item.remaining()];
            item.get(chunk);
            bytes.writeBytes(chunk);
        }
    }

    @Override
    public void onError(Throwable error) {
        body.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        body.complete(bytes.toString(StandardCharsets.UTF_8)); // Harper answers JSON, always UTF-8
    }

    @Override
    public CompletionStage<String> getBody() {
        return body;
    }

    private void refuse() {
        body.completeExceptionally(new TooLarge(limit));
        subscription.cancel();
    }
}
