package dev.pilothouse.desktop.fx;

import java.util.concurrent.Executor;
import javafx.application.Platform;

/**
 * The one gateway onto the JavaFX application thread. Everything else hands work to the FX thread through
 * {@link #executor()} (ViewModels receive it as a plain {@link Executor}), so tests can swap it for a direct one and
 * an ArchUnit rule can ban {@code Platform.runLater} everywhere else.
 */
public final class FxThread {

    private static final Executor EXECUTOR = FxThread::run;

    private FxThread() {}

    /** Runs now when already on the FX thread, otherwise queues it. */
    public static void run(Runnable work) {
        if (Platform.isFxApplicationThread()) {
            work.run();
        } else {
            Platform.runLater(work);
        }
    }

    /** Always queues, even from the FX thread (to let a layout pass happen first). */
    public static void later(Runnable work) {
        Platform.runLater(work);
    }

    public static boolean isFxThread() {
        return Platform.isFxApplicationThread();
    }

    public static Executor executor() {
        return EXECUTOR;
    }
}
