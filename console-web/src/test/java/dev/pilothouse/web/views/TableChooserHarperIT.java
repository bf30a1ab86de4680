package dev.pilothouse.web.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.pilothouse.web.WebOptions;
import dev.pilothouse.web.review.ReviewFixture;
import dev.pilothouse.web.runtime.HarperConnection;
import dev.pilothouse.web.runtime.HarperConnection.TableRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.core.context.SecurityContextHolder;

/** Data and Streams on a real Harper with the shop app: both open the app's exported table without being asked. */
@ViewPackages(packages = "dev.pilothouse.web.editor") // no routes: the views are built by hand here
class TableChooserHarperIT extends BrowserlessTest {

    @TempDir
    Path workspace;

    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        ticker.shutdownNow();
        SecurityContextHolder.clearContext();
    }

    @Test
    void theAppsFirstExportedTableIsOpenedOnBothPages() throws Exception {
        Files.copy(ShopHarper.app().resolve("schema.graphql"), workspace.resolve("schema.graphql"));
        WebOptions options =
                new WebOptions(0, workspace, workspace.resolve("home"), Optional.of(ShopHarper.endpoint()));
        ReviewFixture.signIn("ada", "ROLE_VIEWER");
        HarperConnection harper = new HarperConnection(options.harper());
        DataView data = new DataView(harper, ticker, options, new AuthenticationContext());
        StreamsView streams = new StreamsView(harper, ticker, options, new AuthenticationContext());
        UI.getCurrent().add(data, streams);
        try {
            assertThat(data.chooser().getValue()).extracting(TableRef::label).isEqualTo("data.Product");
            assertThat(streams.chooser().getValue())
                    .as("the stream of the app's table is followed at once")
                    .extracting(TableRef::label)
                    .isEqualTo("data.Product");
            assertThat(data.chooser().getListDataView().getItems().map(TableRef::label))
                    .contains("data.Product");
            assertThat(data.statusText()).endsWith("· live");
            assertThat(streams.emptyText()).isEqualTo("Waiting for changes to data.Product");
        } finally {
            UI.getCurrent().removeAll(); // closes the subscriptions
        }
    }
}
