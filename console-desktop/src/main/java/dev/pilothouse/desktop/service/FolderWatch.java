package dev.pilothouse.desktop.service;

import dev.pilothouse.desktop.viewmodel.FolderWatcher;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link FolderWatcher} over the JDK's {@link WatchService}: one daemon thread per watched folder. Events that come
 * within {@link #SETTLE_MS} of each other are reported together, so a file written in several steps (or several
 * files written by one agent step) is read once, after the writes.
 */
public final class FolderWatch implements FolderWatcher {

    static final long SETTLE_MS = 150;
    private static final Logger LOG = LoggerFactory.getLogger(FolderWatch.class);

    @Override
    public Watch watch(Path dir, Set<String> names, Consumer<Set<Path>> changed) {
        WatchService service;
        try {
            service = dir.getFileSystem().newWatchService();
            dir.register(
                    service,
                    StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warn("Cannot watch {} for changes made outside the console: {}", dir, e.toString());
            return () -> {};
        }
        Thread thread = new Thread(() -> run(service, dir, names, changed), "folder-watch-" + dir.getFileName());
        thread.setDaemon(true);
        thread.start();
        return () -> {
            try {
                service.close();
            } catch (IOException ignored) {
                // closing only stops the thread; nothing to recover
            }
        };
    }

    private static void run(WatchService service, Path dir, Set<String> names, Consumer<Set<Path>> changed) {
        try {
            while (true) {
                Set<Path> batch = new LinkedHashSet<>();
                WatchKey key = service.take();
                while (key != null) {
                    for (WatchEvent<?> event : key.pollEvents()) {
                        if (event.context() instanceof Path name && names.contains(name.toString())) {
                            batch.add(dir.resolve(name));
                        } else if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                            names.forEach(n -> batch.add(dir.resolve(n))); // lost events: look at every file
                        }
                    }
                    if (!key.reset()) {
                        return; // the folder is gone
                    }
                    key = service.poll(SETTLE_MS, TimeUnit.MILLISECONDS);
                }
                if (!batch.isEmpty()) {
                    changed.accept(batch);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            // closed: the workspace changed or the window closed
        } catch (RuntimeException e) {
            LOG.warn("Watching {} stopped: {}", dir, e.toString());
        }
    }
}
