package dev.pilothouse.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeployIT {

    @Test
    void deployReturnsOnceTheNewVersionServesRest() {
        HarperClient client = SharedHarper.client();
        DeployResult result = new Deployer(client).deploy(ShopApp.workspace("shop"), "shop", Duration.ofSeconds(60));
        assertThat(result.tables()).containsExactly("Product");
        assertThat(result.requestToLive()).isLessThan(Duration.ofSeconds(20));
        client.rest().put("/Product/d1", Map.of("name", "Widget", "price", 9.5, "stock", 3));
        assertThat(client.rest().get("/Product/d1").orElseThrow().path("name").asText()).isEqualTo("Widget");
        assertThat(client.components().find("shop").orElseThrow().healthy()).isTrue();
    }

    @Test
    void theAppsOwnPackageJsonIsDeployedWithIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        for (String name : new String[] {"schema.graphql", "config.yaml", "resources.js"}) {
            java.nio.file.Files.copy(ShopApp.workspace("shop").resolve(name), dir.resolve(name));
        }
        java.nio.file.Files.writeString(dir.resolve("package.json"),
                "{\"name\": \"shop\", \"type\": \"module\", \"description\": \"the shop's own manifest\"}\n");
        HarperClient client = SharedHarper.client();
        new Deployer(client).deploy(dir, "shop", Duration.ofSeconds(60));
        assertThat(client.components().getFile("shop", "package.json")).contains("the shop's own manifest");
        assertThat(client.components().find("shop").orElseThrow().healthy()).isTrue();
    }

    @Test
    void brokenSchemaIsRefusedWithHarpersTextAndTheOldVersionStillServes() {
        HarperClient client = ShopApp.deployed();
        client.rest().put("/Product/keep", Map.of("name", "Kept", "price", 1.0, "stock", 1));

        assertThatThrownBy(() -> SharedHarper.runtime().deployer(SharedHarper.node()).deploy(ShopApp.workspace("shop-broken"), "shop",
                Duration.ofSeconds(60)))
                .isInstanceOfSatisfying(DeployFailedException.class, e -> {
                    assertThat(e.serverMessage()).contains("Syntax Error");
                    assertThat(e.file()).isEqualTo("schema.graphql");
                    assertThat(e.previousRestored()).isTrue();
                });
        assertThat(client.components().find("shop").orElseThrow().healthy()).isTrue();
        assertThat(client.rest().get("/Product/keep").orElseThrow().path("name").asText()).isEqualTo("Kept");
        assertThat(client.components().getFile("shop", "schema.graphql")).contains("stock: Int");
    }
}
