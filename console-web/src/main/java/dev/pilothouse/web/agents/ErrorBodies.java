package dev.pilothouse.web.agents;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Answers {@code sendError} on {@code /mcp} in place, as {@code {"error": "..."}}. The container would otherwise
 * forward to {@code /error}, which the people's security chain guards, so an MCP client refused for its Origin
 * got a 302 to the sign-in page and could not tell why.
 */
final class ErrorBodies implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new InPlace((HttpServletResponse) response));
    }

    private static final class InPlace extends HttpServletResponseWrapper {

        InPlace(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, status == SC_FORBIDDEN ? "forbidden" : "error " + status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (isCommitted()) {
                throw new IllegalStateException("response already committed");
            }
            resetBuffer();
            setStatus(status);
            setContentType("application/json");
            setCharacterEncoding(StandardCharsets.UTF_8.name());
            String why = status == SC_FORBIDDEN
                    ? message + ": this console accepts /mcp only from its own host names"
                            + " (see --bind and --public-host)"
                    : message;
            getWriter().write("{\"error\":\"" + why.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
            flushBuffer();
        }
    }
}
