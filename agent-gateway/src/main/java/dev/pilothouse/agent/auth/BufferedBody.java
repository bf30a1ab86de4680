package dev.pilothouse.agent.auth;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;

/**
 * A request whose body was read ahead (at most {@code limit + 1} bytes) so the filter can look at a JSON-RPC call
 * before the MCP servlet does; the servlet then reads the same bytes, followed by whatever was not read ahead, so
 * its own size limit (413) still applies.
 */
final class BufferedBody extends HttpServletRequestWrapper {

    private final byte[] head;
    private final boolean complete;
    private final InputStream rest;

    private BufferedBody(HttpServletRequest request, byte[] head, boolean complete, InputStream rest) {
        super(request);
        this.head = head;
        this.complete = complete;
        this.rest = rest;
    }

    static BufferedBody read(HttpServletRequest request, int limit) throws IOException {
        InputStream in = request.getInputStream();
        byte[] head = in.readNBytes(limit + 1);
        return new BufferedBody(request, head, head.length <= limit, in);
    }

    /** The whole body, or null when it is larger than the limit (then nobody parses it here). */
    byte[] bytes() {
        return complete ? head : null;
    }

    @Override
    public ServletInputStream getInputStream() {
        InputStream all = new SequenceInputStream(new ByteArrayInputStream(head), rest);
        return new ServletInputStream() {
            private boolean finished;

            @Override
            public int read() throws IOException {
                int b = all.read();
                finished = b < 0;
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = all.read(buffer, offset, length);
                finished = n < 0;
                return n;
            }

            @Override
            public boolean isFinished() {
                return finished;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new IllegalStateException("the MCP servlet reads the body blocking; no read listener expected");
            }
        };
    }
}
