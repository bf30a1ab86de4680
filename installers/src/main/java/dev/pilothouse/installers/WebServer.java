package dev.pilothouse.installers;

import dev.pilothouse.cli.VersionProvider;
import dev.pilothouse.cli.web.WebCommand;
import picocli.CommandLine;

/**
 * Main class of {@code pilothouse-web.jar}: {@code java -jar pilothouse-web.jar --port 8080 --workspace DIR} is
 * {@code pilothouse web} with the same options, so the server and the CLI cannot drift apart.
 */
public final class WebServer {

    private WebServer() {}

    public static void main(String[] args) {
        CommandLine web = new CommandLine(new WebCommand()).setCommandName("pilothouse-web.jar");
        web.getCommandSpec().versionProvider(new VersionProvider());
        System.exit(web.execute(args));
    }
}
