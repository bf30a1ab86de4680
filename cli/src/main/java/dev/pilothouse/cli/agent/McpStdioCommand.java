package dev.pilothouse.cli.agent;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pilothouse mcp-stdio}: for agents that only launch stdio MCP servers. */
@Command(name = "mcp-stdio", description = "Bridge MCP over stdio to a running gateway ('serve'); logs go to stderr.")
public final class McpStdioCommand implements Callable<Integer> {

    @Option(
            names = "--url",
            required = true,
            paramLabel = "URL",
            description = "Gateway endpoint, e.g. http://127.0.0.1:8765/mcp.")
    URI url;

    @Option(
            names = "--token-file",
            required = true,
            paramLabel = "FILE",
            description = "File holding the agent's token.")
    Path tokenFile;

    @Override
    public Integer call() throws Exception {
        String token = Files.readString(tokenFile).strip();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        new StdioBridge(url, token).run(in, out);
        return 0;
    }
}
