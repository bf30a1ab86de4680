package dev.pilothouse.desktop.ui;

import dev.pilothouse.desktop.Desktop;
import dev.pilothouse.desktop.DesktopOptions;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Helpers for the headless UI tests: waiting on the FX thread, sample workspaces, PNG snapshots. */
final class Ui {

    static final Path TARGET =
            Path.of(System.getProperty("project.build.directory", "target")).toAbsolutePath();

    /** Options for a desktop on {@code workspace} (null: none) that never starts a local runtime. */
    static DesktopOptions offline(Path workspace) {
        return new DesktopOptions(workspace, null, null, null, TARGET.resolve("no-runtime"), false, false, null);
    }

    /** Shows {@code desktop}'s scene on the test's stage. */
    static Desktop onStage(Stage stage, Desktop desktop) {
        stage.setScene(desktop.scene());
        stage.show();
        return desktop;
    }

    /** A started desktop on {@code workspace} without Harper, agents or governance, shown on {@code stage}. */
    static Desktop offlineDesktop(Stage stage, Path workspace) {
        Desktop desktop = onStage(
                stage,
                new Desktop(
                        offline(workspace),
                        new OfflineRuntime(),
                        (spec, sink) -> () -> {},
                        dev.pilothouse.desktop.viewmodel.ReviewPort.NONE));
        desktop.start();
        return desktop;
    }

    private Ui() {}

    /** Waits until {@code condition} holds, evaluating it on the FX thread. */
    static void waitFor(String what, BooleanSupplier condition) {
        waitFor(what, java.time.Duration.ofSeconds(20), condition);
    }

    /** The same with a longer limit, for deploys (Harper restarts its workers, then the version must stay up 3 s). */
    static void waitFor(String what, java.time.Duration limit, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(
                    limit.toMillis(),
                    TimeUnit.MILLISECONDS,
                    () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out waiting for: " + what, e);
        }
    }

    /** Like {@link #waitFor(String, BooleanSupplier)}, adding {@code context} (read on timeout) to the failure. */
    static void waitFor(String what, BooleanSupplier condition, java.util.function.Supplier<String> context) {
        try {
            waitFor(what, condition);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; " + onFx(context::get), e);
        }
    }

    static void waitFor(
            String what,
            java.time.Duration limit,
            BooleanSupplier condition,
            java.util.function.Supplier<String> context) {
        try {
            waitFor(what, limit, condition);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; " + onFx(context::get), e);
        }
    }

    /** The first cell of list {@code listId} that shows an item, once the list has laid one out. */
    static javafx.scene.Node filledCell(org.testfx.api.FxRobot robot, String listId) {
        java.util.function.Supplier<java.util.Optional<javafx.scene.Node>> find =
                () -> robot.lookup(listId + " .list-cell").queryAll().stream()
                        .filter(c -> ((javafx.scene.control.ListCell<?>) c).getItem() != null)
                        .map(c -> (javafx.scene.Node) c)
                        .findFirst();
        waitFor("a filled cell in " + listId, () -> find.get().isPresent());
        return onFx(() -> find.get().orElseThrow());
    }

    static <T> T onFx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void run(Runnable work) {
        onFx(() -> {
            work.run();
            return null;
        });
    }

    /** Ticks "approve without the evidence of ..." when the opened proposal has skipped validation steps. */
    static void acknowledgeSkipped(org.testfx.api.FxRobot robot) {
        run(() -> robot.lookup("#review-acknowledge-skipped")
                .tryQuery()
                .filter(javafx.scene.Node::isVisible)
                .ifPresent(box -> ((javafx.scene.control.CheckBox) box).setSelected(true)));
    }

    /** A fresh copy of the sample workspace under target/, safe to edit. */
    static Path copyWorkspace(String name) {
        try {
            Path source = Path.of(Ui.class
                            .getResource("/workspaces/" + name + "/schema.graphql")
                            .toURI())
                    .getParent();
            Path copy = Files.createTempDirectory(TARGET, "ws-").resolve(name);
            Files.createDirectories(copy);
            try (Stream<Path> files = Files.list(source)) {
                for (Path f : files.toList()) {
                    Files.copy(f, copy.resolve(f.getFileName()));
                }
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes a PNG of the scene (Scene.snapshot, no javafx-swing). Into target/screenshots, and into
     * docs/screenshots as well when {@code -Dpilothouse.updateScreenshots=true}.
     */
    static Path snapshot(Scene scene, String name) {
        WritableImage image = onFx(() -> scene.snapshot(null));
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Path file = TARGET.resolve("screenshots").resolve(name + ".png");
            Files.createDirectories(file.getParent());
            ImageIO.write(out, "png", file.toFile());
            if (Boolean.getBoolean("pilothouse.updateScreenshots")) {
                Path docs =
                        Path.of(System.getProperty("pilothouse.screenshots")).resolve(name + ".png");
                Files.createDirectories(docs.getParent());
                Files.copy(file, docs, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
