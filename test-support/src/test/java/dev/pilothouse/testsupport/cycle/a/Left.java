package dev.pilothouse.testsupport.cycle.a;

import dev.pilothouse.testsupport.cycle.b.Right;

/** Fixture: half of a two-package cycle. */
public final class Left {
    public Right right() {
        return null;
    }
}
