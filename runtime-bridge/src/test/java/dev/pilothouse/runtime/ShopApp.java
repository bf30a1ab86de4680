package dev.pilothouse.runtime;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;

/** The sample app deployed once per run on the shared Harper (project "shop", table Product). */
final class ShopApp {

    private static boolean deployed;

    private ShopApp() {}

    static Path workspace(String name) {
        try {
            return Path.of(ShopApp.class
                            .getResource("/apps/" + name + "/schema.graphql")
                            .toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static synchronized HarperClient deployed() {
        HarperClient client = SharedHarper.client();
        if (!deployed) {
            SharedHarper.runtime()
                    .deployer(SharedHarper.node())
                    .deploy(workspace("shop"), "shop", Duration.ofSeconds(60));
            deployed = true;
        }
        return client;
    }
}
