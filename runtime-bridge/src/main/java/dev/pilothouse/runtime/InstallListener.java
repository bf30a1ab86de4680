package dev.pilothouse.runtime;

/** Receives progress while the pinned Harper is installed into the per-user cache (one line per step). */
@FunctionalInterface
public interface InstallListener {

    InstallListener NONE = line -> {};

    void progress(String line);
}
