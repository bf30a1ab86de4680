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
        assertThat(client.rest().get("/Product/d1").orElseThrow().path("name").asText())
                .isEqualTo("Widget");
        assertThat(client.components().find("shop").orElseThrow().healthy()).isTrue();
    }

    @Test
    void theAppsOwnPackageJsonIsDeployedWithIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        for (String name : new String[] {"schema.graphql", "config.yaml", "resources.js"}) {
            java.nio.file.Files.copy(ShopApp.workspace("shop").resolve(name), dir.resolve(name));
        }
        java.nio.file.Files.writeString(
                dir.resolve("package.json"),
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

        assertThatThrownBy(() -> SharedHarper.runtime()
                        .deployer(SharedHarper.node())
                        .deploy(ShopApp.workspace("shop-broken"), "shop", Duration.ofSeconds(60)))
                .isInstanceOfSatisfying(DeployFailedException.class, e -> {
                    assertThat(e.serverMessage()).contains("Syntax Error");
                    assertThat(e.file()).isEqualTo("schema.graphql");
                    assertThat(e.previousRestored()).isTrue();
                });
        assertThat(client.components().find("shop").orElseThrow().healthy()).isTrue();
        assertThat(client.rest().get("/Product/keep").orElseThrow().path("name").asText())
                .isEqualTo("Kept");
        assertThat(client.components().getFile("shop", "schema.graphql")).contains("stock: Int");
    }

    private static final String DRIFT_SCHEMA =
            "type DriftNote @table @export {\n  id: ID @primaryKey\n  text: String\n}\n";

    private static String driftResources(String version) {
        return "import { Resource } from 'harperdb';\nexport class DriftHello extends Resource {\n"
                + "  get() { return { version: '" + version + "' }; }\n}\n";
    }

    private static Map<String, String> driftApp(String version) {
        return Map.of(
                "schema.graphql",
                DRIFT_SCHEMA,
                "config.yaml",
                "rest: true\ngraphqlSchema:\n  files: 'schema.graphql'\njsResource:\n  files: 'resources.js'\n",
                "resources.js",
                driftResources(version));
    }

    private static java.nio.file.Path folder(java.nio.file.Path dir, Map<String, String> files)
            throws java.io.IOException {
        java.nio.file.Files.createDirectories(dir);
        for (Map.Entry<String, String> file : files.entrySet()) {
            java.nio.file.Files.writeString(dir.resolve(file.getKey()), file.getValue());
        }
        return dir;
    }

    /** A deploy whose schema Harper refuses; everything else as {@code app}. */
    private static Map<String, String> broken(Map<String, String> app) {
        Map<String, String> files = new java.util.HashMap<>(app);
        files.put("schema.graphql", "type DriftNote @table @export {\n  id: ID @primaryKey\n  text: String\n");
        return files;
    }

    @Test
    void aFailedDeployOverTheExpectedFilesIsRestoredFromThemWithoutAskingHarperForItsPackage(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        HarperClient client = SharedHarper.client();
        java.util.concurrent.atomic.AtomicInteger packaged = new java.util.concurrent.atomic.AtomicInteger();
        Deployer deployer = new Deployer(client, null, project -> {
            packaged.incrementAndGet();
            return client.components().packageComponent(project);
        });
        Map<String, String> a = driftApp("a");
        deployer.deploy(folder(dir.resolve("a"), a), "drift_nodrift", Duration.ofSeconds(60));
        packaged.set(0); // the component may be left from an earlier run: that deploy packaged it

        assertThatThrownBy(() -> deployer.deploy(
                        folder(dir.resolve("b"), broken(a)), "drift_nodrift", Duration.ofSeconds(60), a))
                .isInstanceOfSatisfying(
                        DeployFailedException.class,
                        e -> assertThat(e.previousRestored()).isTrue());

        assertThat(packaged).as("package_component calls").hasValue(0);
        assertThat(client.components().getFile("drift_nodrift", "schema.graphql"))
                .isEqualTo(DRIFT_SCHEMA);
        assertThat(client.components().getFile("drift_nodrift", "resources.js")).isEqualTo(driftResources("a"));
        assertThat(client.components().find("drift_nodrift").orElseThrow().healthy())
                .isTrue();
    }

    @Test
    void aLiveFileChangedOutOfBandIsWhatAFailedDeployRestoresNotTheExpectedOne(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        HarperClient client = SharedHarper.client();
        java.util.concurrent.atomic.AtomicInteger packaged = new java.util.concurrent.atomic.AtomicInteger();
        Deployer deployer = new Deployer(client, null, project -> {
            packaged.incrementAndGet();
            return client.components().packageComponent(project);
        });
        Map<String, String> a = driftApp("a");
        deployer.deploy(folder(dir.resolve("a"), a), "drift_oob", Duration.ofSeconds(60));
        packaged.set(0); // the component may be left from an earlier run: that deploy packaged it
        client.components().setFile("drift_oob", "resources.js", driftResources("edited out of band"));

        assertThatThrownBy(() ->
                        deployer.deploy(folder(dir.resolve("b"), broken(a)), "drift_oob", Duration.ofSeconds(60), a))
                .isInstanceOfSatisfying(
                        DeployFailedException.class,
                        e -> assertThat(e.previousRestored()).isTrue());

        assertThat(packaged).as("package_component calls").hasValue(1);
        assertThat(client.components().getFile("drift_oob", "resources.js"))
                .isEqualTo(driftResources("edited out of band"));
        assertThat(client.components().getFile("drift_oob", "schema.graphql")).isEqualTo(DRIFT_SCHEMA);
    }
}
