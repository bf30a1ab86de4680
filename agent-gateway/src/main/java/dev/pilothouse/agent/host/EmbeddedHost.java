package dev.pilothouse.agent.host;

import dev.pilothouse.agent.Gateway;
import java.net.URI;
import java.nio.file.Path;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;

/**
 * A minimal embedded Tomcat serving one {@link Gateway} at {@link Gateway#ENDPOINT}, bound to one address
 * (loopback by default in {@code serve}). Port 0 picks a free port; {@link #endpoint()} tells which.
 */
public final class EmbeddedHost implements AutoCloseable {

    private final Tomcat tomcat;
    private final Connector connector;
    private final String address;

    private EmbeddedHost(Tomcat tomcat, Connector connector, String address) {
        this.tomcat = tomcat;
        this.connector = connector;
        this.address = address;
    }

    public static EmbeddedHost start(Gateway gateway, String address, int port, Path workDir) {
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(workDir.toAbsolutePath().toString());
        Connector connector = new Connector();
        connector.setPort(port);
        connector.setProperty("address", address);
        tomcat.setConnector(connector);
        Context context = tomcat.addContext("", null);
        Tomcat.addServlet(context, "mcp", gateway.servlet()).setAsyncSupported(true);
        context.addServletMappingDecoded(Gateway.ENDPOINT, "mcp");
        FilterDef auth = new FilterDef();
        auth.setFilterName("agent-auth");
        auth.setFilter(gateway.filter());
        auth.setAsyncSupported("true");
        context.addFilterDef(auth);
        FilterMap everything = new FilterMap();
        everything.setFilterName("agent-auth");
        everything.addURLPattern("/*");
        context.addFilterMap(everything);
        try {
            tomcat.start();
        } catch (LifecycleException e) {
            throw new IllegalStateException("could not start the gateway on " + address + ":" + port, e);
        }
        return new EmbeddedHost(tomcat, connector, address);
    }

    public int port() {
        return connector.getLocalPort();
    }

    public URI endpoint() {
        String host = address.contains(":") ? "[" + address + "]" : address;
        return URI.create("http://" + host + ":" + port() + Gateway.ENDPOINT);
    }

    @Override
    public void close() {
        try {
            tomcat.stop();
            tomcat.destroy();
        } catch (LifecycleException e) {
            throw new IllegalStateException("could not stop the gateway", e);
        }
    }
}
