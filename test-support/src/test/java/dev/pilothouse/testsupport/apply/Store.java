package dev.pilothouse.testsupport.apply;

/** Fixture: a store whose {@code save} changes the boundary directly; its own calls are allowed. */
public final class Store {
    public void save(String value) {
        check(value);
    }

    public void saveTwice(String value) {
        save(value);
        save(value);
    }

    private static void check(String value) {
        if (value == null) {
            throw new IllegalArgumentException();
        }
    }
}
