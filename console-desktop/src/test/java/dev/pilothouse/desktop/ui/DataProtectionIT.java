package dev.pilothouse.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pilothouse.desktop.live.LiveItem;
import dev.pilothouse.desktop.service.HarperData;
import dev.pilothouse.desktop.service.HarperLive;
import dev.pilothouse.desktop.service.WorkspaceGovernance;
import dev.pilothouse.desktop.viewmodel.DataBrowserViewModel;
import dev.pilothouse.desktop.viewmodel.DataRow;
import dev.pilothouse.desktop.viewmodel.ProtectionPort;
import dev.pilothouse.desktop.viewmodel.RuntimePort;
import dev.pilothouse.desktop.viewmodel.TasksViewModel;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.humans.HumanRegistry;
import dev.pilothouse.workspace.policy.Policy;
import dev.pilothouse.workspace.policy.PolicyStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data browser and the live view mask protected data for this OS account's human unless they hold clearance,
 * against a real Harper through the desktop's own adapters: a price marked {@code @protected} in the workspace's
 * schema and a stock the policy names show why, never their values, in pages and in live events; they cannot be
 * filtered, sorted on or edited; a table the policy names is neither read nor streamed; an admin sees everything.
 */
class DataProtectionIT {

    private static final double SECRET_PRICE = 4242.25;

    @TempDir
    Path tmp;

    private PilothouseHome home;
    private Path workspace;
    private RuntimePort.Connection connection;
    private final TasksViewModel tasks = new TasksViewModel(Runnable::run, Runnable::run);

    @BeforeEach
    void protect() throws Exception {
        home = new PilothouseHome(tmp.resolve("home"));
        workspace = tmp.resolve("shop");
        Files.createDirectories(workspace);
        Files.writeString(
                workspace.resolve("schema.graphql"),
                "type Product @table @export {\n  id: ID @primaryKey\n"
                        + "  name: String @indexed\n  \"\"\"List price @protected\"\"\"\n  price: Float @indexed\n  stock: Int\n}\n");
        new PolicyStore(home.policyFile()).save(Policy.DEFAULT.protect("Product.stock"));
        connection = DesktopHarper.connection();
        DesktopHarper.client()
                .upsert(
                        "data",
                        "Product",
                        List.of(Map.of("id", "secret-1", "name", "Sextant", "price", SECRET_PRICE, "stock", 7)));
    }

    private ProtectionPort protection() {
        return new WorkspaceGovernance(home, HumanRegistry.forCurrentAccount(home), null).protection(() -> workspace);
    }

    private DataBrowserViewModel browseProducts() {
        DataBrowserViewModel vm = new DataBrowserViewModel(tasks, Runnable::run, protection());
        vm.connect(new HarperData(connection.client(), connection.endpoint(), java.util.Map::of))
                .join();
        vm.tableProperty()
                .set(vm.tables().stream()
                        .filter(t -> t.label().equals("data.Product"))
                        .findFirst()
                        .orElseThrow());
        vm.pageSizeProperty().set(200);
        vm.reload().join();
        return vm;
    }

    private static DataRow secret(DataBrowserViewModel vm) {
        return vm.rows().stream()
                .filter(r -> "secret-1".equals(r.id()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anUnclearedUserSeesWhyEachProtectedValueIsMasked() {
        DataBrowserViewModel vm = browseProducts();
        DataRow row = secret(vm);
        assertThat(row.get("price")).isEqualTo("‹@protected in schema.graphql›");
        assertThat(row.get("stock")).isEqualTo("‹protected by policy›");
        assertThat(row.get("name")).isEqualTo("Sextant");
        assertThat(vm.rows()).allSatisfy(r -> assertThat(r.values().values()).doesNotContain(SECRET_PRICE));
    }

    @Test
    void aLiveChangeMergedIntoThePageIsMaskedToo() throws Exception {
        DataBrowserViewModel vm = browseProducts();
        Thread.sleep(500); // let the page's subscription open before writing
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!"Sextant III".equals(secret(vm).get("name")) && System.nanoTime() < deadline) {
            DesktopHarper.client()
                    .upsert(
                            "data",
                            "Product",
                            List.of(Map.of(
                                    "id", "secret-1", "name", "Sextant III", "price", SECRET_PRICE, "stock", 9)));
            Thread.sleep(300);
        }
        DataRow row = secret(vm);
        vm.dispose();
        assertThat(row.changed()).as("merged from the live subscription").isTrue();
        assertThat(row.get("name")).isEqualTo("Sextant III");
        assertThat(row.get("price")).isEqualTo("‹@protected in schema.graphql›");
        assertThat(row.get("stock")).isEqualTo("‹protected by policy›");
    }

    @Test
    void maskedAttributesCannotBeFilteredSortedOnOrEdited() {
        DataBrowserViewModel vm = browseProducts();
        vm.applyFilter("price >= 4000");
        assertThat(vm.errorProperty().get())
                .isEqualTo("data.Product.price is @protected in schema.graphql; it" + " cannot be filtered on here");
        vm.applyFilter("");
        vm.sort("stock", true);
        assertThat(vm.errorProperty().get())
                .contains("data.Product.stock is protected by policy; it cannot be sorted on");
        vm.sort(null, false);
        assertThat(vm.edit(secret(vm), "price", "1")).contains("cannot be edited");
        assertThat(DesktopHarper.client()
                        .searchById("data", "Product", List.of("secret-1"))
                        .get(0)
                        .path("price")
                        .asDouble())
                .isEqualTo(SECRET_PRICE);
    }

    @Test
    void liveEventsAreMaskedBeforeTheViewSeesThem() throws Exception {
        List<LiveItem> items = new CopyOnWriteArrayList<>();
        HarperLive live = new HarperLive(connection::endpoint, protection());
        try (AutoCloseable stream = live.open("ws:/Product/", items::add)) {
            Thread.sleep(500); // let the subscription open before writing
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (items.stream().noneMatch(i -> i.summary().contains("Sextant II")) && System.nanoTime() < deadline) {
                DesktopHarper.client()
                        .upsert(
                                "data",
                                "Product",
                                List.of(Map.of(
                                        "id", "secret-1", "name", "Sextant II", "price", SECRET_PRICE, "stock", 8)));
                Thread.sleep(300);
            }
        }
        assertThat(items)
                .filteredOn(i -> i.summary().contains("Sextant II"))
                .isNotEmpty()
                .allSatisfy(i -> assertThat(i.summary())
                        .contains("‹@protected in schema.graphql›")
                        .contains("‹protected by policy›")
                        .doesNotContain(String.valueOf(SECRET_PRICE)));
    }

    @Test
    void aTableThePolicyNamesIsNeitherReadNorStreamed() {
        new PolicyStore(home.policyFile()).save(Policy.DEFAULT.protect("Product"));
        DataBrowserViewModel vm = browseProducts();
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.statusProperty().get())
                .isEqualTo("data.Product is protected by policy: only approvers and admins see its records");
        assertThatThrownBy(() -> new HarperLive(connection::endpoint, protection()).open("ws:/Product/", i -> {}))
                .hasMessageContaining("data.Product is protected by policy");
    }

    @Test
    void theAdminOfThisAccountSeesTheValues() {
        HumanRegistry.forCurrentAccount(home).add("ann", Set.of(), Optional.empty()); // the first human: an admin
        DataRow row = secret(browseProducts());
        assertThat(row.get("price")).isEqualTo(SECRET_PRICE);
        assertThat(((Number) row.get("stock")).intValue()).isEqualTo(7);
    }
}
