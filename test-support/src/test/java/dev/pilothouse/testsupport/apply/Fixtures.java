package dev.pilothouse.testsupport.apply;

import java.util.function.BiConsumer;

/** Fixture: one request applier and two shortcuts around it (a call and a method reference). */
public final class Fixtures {

    private Fixtures() {}

    /** Allowed: it applies a request. */
    public record RequestApplier(Store store) implements Applier {
        @Override
        public void apply(String value) {
            store.save(value);
        }
    }

    /** A violation: a shell that saves straight away. */
    public static final class Shortcut {
        void saveNow(Store store) {
            store.save("wide open");
        }
    }

    /** A violation by method reference. */
    public static final class Reference {
        BiConsumer<Store, String> saver() {
            return Store::save;
        }
    }
}
