package dev.pilothouse.runtime.internal;

import dev.pilothouse.runtime.HarperException;

/** Sleeps inside bounded polling loops; an interrupt becomes a {@link HarperException} with the flag restored. */
public final class Pause {

    private Pause() {}

    public static void millis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarperException("Interrupted while waiting for Harper", e);
        }
    }
}
