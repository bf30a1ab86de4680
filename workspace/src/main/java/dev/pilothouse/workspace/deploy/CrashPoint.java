package dev.pilothouse.workspace.deploy;

/** A hook called after each journaled deploy step; tests throw an {@link Error} from it to
 * stand for the console dying there (deploy code handles exceptions, never errors). */
@FunctionalInterface
public interface CrashPoint {

    CrashPoint NONE = step -> {};

    void after(JournalEntry.Step step);
}
