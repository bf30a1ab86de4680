package dev.pilothouse.desktop.viewmodel;

import dev.pilothouse.desktop.live.LiveItem;
import java.util.function.Consumer;

/** Opens a live stream ({@code ws:/Product/}, {@code sse:/Product/}, {@code mqtt:Product/#}) feeding {@code sink}. */
@FunctionalInterface
public interface LiveSource {

    /** Starts delivering events to {@code sink} from any thread; closing stops it. */
    AutoCloseable open(String spec, Consumer<LiveItem> sink) throws Exception;
}
