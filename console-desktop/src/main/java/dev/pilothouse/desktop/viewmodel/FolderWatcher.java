package dev.pilothouse.desktop.viewmodel;

import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;

/** Reports files of a folder that something outside the console wrote, created or deleted (an agent, an editor). */
@FunctionalInterface
public interface FolderWatcher {

    /** Watches nothing: for tests and previews that change files only through the console. */
    FolderWatcher NONE = (dir, names, changed) -> () -> {};

    /** Starts reporting changes to {@code names} in {@code dir} to {@code changed}, from any thread; until closed. */
    Watch watch(Path dir, Set<String> names, Consumer<Set<Path>> changed);

    /** A running watch. */
    interface Watch extends AutoCloseable {
        @Override
        void close();
    }
}
