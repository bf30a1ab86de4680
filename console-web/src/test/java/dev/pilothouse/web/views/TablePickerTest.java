package dev.pilothouse.web.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.pilothouse.runtime.Attach;
import dev.pilothouse.runtime.Credentials;
import dev.pilothouse.runtime.HarperEndpoint;
import dev.pilothouse.web.WebOptions;
import dev.pilothouse.web.review.ReviewFixture;
import dev.pilothouse.web.runtime.HarperConnection;
import dev.pilothouse.web.runtime.HarperConnection.TableRef;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Data and Streams with no table chosen: the chooser lists the app's tables (its exported ones first, the first of
 * them chosen) or says why it is empty, and the empty box says what to do instead of staying blank.
 */
@ViewPackages(packages = "dev.pilothouse.web.editor") // no routes: the views are built by hand here
class TablePickerTest extends BrowserlessTest {

    private static final String SCHEMA = """
            type Audit @table { id: ID @primaryKey note: String }
            type Product @table @export { id: ID @primaryKey name: String }
            type Order @table @export(name: "orders") { id: ID @primaryKey total: Float }
            """;

    @TempDir
    Path tmp;

    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        ticker.shutdownNow();
        SecurityContextHolder.clearContext();
    }

    private WebOptions options(Optional<HarperEndpoint> harper) throws Exception {
        Files.writeString(tmp.resolve("schema.graphql"), SCHEMA);
        return new WebOptions(0, tmp, tmp.resolve("home"), harper);
    }

    private static Optional<HarperEndpoint> unreachable() {
        // port 9 (discard) on loopback refuses: Harper cannot be reached
        return Optional.of(
                Attach.endpoint(URI.create("http://127.0.0.1:9/"), null, new Credentials.Basic("admin", "x")));
    }

    @Test
    void withoutHarperTheChooserAndTheBoxSaySo() throws Exception {
        ReviewFixture.signIn("ada", "ROLE_VIEWER");
        WebOptions options = options(Optional.empty());
        HarperConnection none = new HarperConnection(Optional.empty());
        DataView data = new DataView(none, ticker, options, new AuthenticationContext());
        StreamsView streams = new StreamsView(none, ticker, options, new AuthenticationContext());
        UI.getCurrent().add(data, streams);

        for (var chooser : List.of(data.chooser(), streams.chooser())) {
            assertThat(chooser.getPlaceholder()).isEqualTo("No Harper connected");
            assertThat(chooser.isEnabled()).isFalse();
        }
        assertThat(data.emptyText()).startsWith("No Harper connected");
        assertThat(streams.emptyText()).startsWith("No Harper connected");
    }

    @Test
    void withNoTableChosenTheEmptyBoxSaysWhatToDo() throws Exception {
        ReviewFixture.signIn("ada", "ROLE_VIEWER");
        WebOptions options = options(unreachable());
        HarperConnection harper = new HarperConnection(options.harper());
        DataView data = new DataView(harper, ticker, options, new AuthenticationContext());
        StreamsView streams = new StreamsView(harper, ticker, options, new AuthenticationContext());
        UI.getCurrent().add(data, streams);

        assertThat(data.emptyText()).isEqualTo("Pick a table to see its records");
        assertThat(streams.emptyText()).isEqualTo("Pick a table to follow its changes");
        assertThat(data.chooser().getPlaceholder()).isEqualTo("Harper unreachable");
        assertThat(data.statusText()).startsWith("Harper unreachable");
    }

    @Test
    void theAppsExportedTablesComeFirstAndTheFirstIsChosen() throws Exception {
        options(Optional.empty());
        var exports = TablePicker.exports(tmp);
        assertThat(exports)
                .containsExactly(
                        java.util.Map.entry("data.Product", "/Product/"),
                        java.util.Map.entry("data.Order", "/orders/")); // Audit is not exported
        List<String> app = List.copyOf(exports.keySet());

        TableRef audit = table("Audit");
        TableRef order = table("Order");
        TableRef product = table("Product");
        TableRef other = new TableRef("probe", "dog", "id", List.of("id"));
        List<TableRef> harper = List.of(audit, other, order, product); // as describe_all lists them

        assertThat(TablePicker.appFirst(harper, app)).containsExactly(product, order, audit, other);
        assertThat(TablePicker.choice(harper, null, app, false)).contains(product);
        assertThat(TablePicker.choice(harper, "probe.dog", app, false)).contains(other); // a link still wins
        assertThat(TablePicker.choice(List.of(audit, other), null, app, false)).isEmpty(); // app not deployed yet
        assertThat(TablePicker.choice(List.of(audit), null, List.of(), true)).contains(audit);
        assertThat(TablePicker.exports(tmp.resolve("missing"))).isEmpty();
        // changes are followed where the app exports the table, else at its own name
        assertThat(TablePicker.path(order, exports)).isEqualTo("/orders/");
        assertThat(TablePicker.path(audit, exports)).isEqualTo("/Audit/");
    }

    private static TableRef table(String name) {
        return new TableRef("data", name, "id", List.of("id"));
    }
}
