package dev.pilothouse.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The web console's Spring Boot application; {@link #start} is what {@code pilothouse web} calls. */
@SpringBootApplication
public class PilothouseWeb {

    /** Starts the console in this process and returns once it serves. */
    public static ConfigurableApplicationContext start(WebOptions options) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("server.port", options.port());
        properties.putAll(options.network().serverProperties());
        return new SpringApplicationBuilder(PilothouseWeb.class)
                .properties(properties)
                .initializers(context -> context.getBeanFactory().registerSingleton("webOptions", options))
                .run();
    }

    /** For running from an IDE: the current folder as workspace, no Harper. */
    public static void main(String[] args) {
        start(new WebOptions(8080, java.nio.file.Path.of("."), WebOptions.defaultHome(), java.util.Optional.empty()));
    }
}
