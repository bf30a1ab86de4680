package dev.pilothouse.testsupport.cycle.b;

import dev.pilothouse.testsupport.cycle.a.Left;

/** Fixture: the other half of a two-package cycle. */
public final class Right {
    public Left left() {
        return null;
    }
}
