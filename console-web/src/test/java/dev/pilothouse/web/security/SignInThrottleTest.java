package dev.pilothouse.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    /** A clock the test moves by hand. */
    private static final class Hand extends Clock {
        Instant now = Instant.parse("2026-11-22T12:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final Hand clock = new Hand();
    private final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void fiveWrongPasswordsLockTheNameForAMinuteAndEachFurtherOneDoublesIt() {
        for (int i = 1; i < SignInThrottle.FREE_FAILURES; i++) {
            assertThat(throttle.failed("ada")).as("failure %d", i).isEmpty();
        }
        assertThat(throttle.lockedUntil("ada")).isEmpty();

        assertThat(throttle.failed("ada")).hasValue(clock.now.plus(Duration.ofMinutes(1)));
        assertThat(throttle.lockedUntil("ada")).isPresent();
        assertThat(throttle.lockedUntil("bob"))
                .as("other names are not affected")
                .isEmpty();

        clock.now = clock.now.plus(Duration.ofSeconds(61));
        assertThat(throttle.lockedUntil("ada")).as("the lock runs out").isEmpty();
        assertThat(throttle.failed("ada")).hasValue(clock.now.plus(Duration.ofMinutes(2)));
        for (int i = 0; i < 20; i++) {
            throttle.failed("ada");
        }
        assertThat(throttle.lockedUntil("ada")).hasValue(clock.now.plus(SignInThrottle.MAX_LOCK));
    }

    @Test
    void aCorrectSignInClearsTheCount() {
        for (int i = 1; i < SignInThrottle.FREE_FAILURES; i++) {
            throttle.failed("ada");
        }
        throttle.succeeded("ada");

        assertThat(throttle.failed("ada")).as("counting starts again").isEmpty();
    }

    @Test
    void aNameLockSurvivesARestart(@org.junit.jupiter.api.io.TempDir java.nio.file.Path home) {
        SignInThrottle before = new SignInThrottle(clock, home.resolve("name-locks"));
        for (int i = 0; i < SignInThrottle.FREE_FAILURES; i++) {
            before.failed("ada");
        }

        SignInThrottle after = new SignInThrottle(clock, home.resolve("name-locks"));
        assertThat(after.lockedUntil("ada")).hasValue(clock.now.plus(SignInThrottle.FIRST_LOCK));
        assertThat(after.lockedUntil("bob")).isEmpty();
        assertThat(after.failed("ada"))
                .as("the count carries on from the lock")
                .hasValue(clock.now.plus(Duration.ofMinutes(2)));
    }

    @Test
    void aFloodOfMadeUpNamesIsForgottenRatherThanKept() {
        for (int i = 0; i < SignInThrottle.MAX_TRACKED + 10; i++) {
            throttle.failed("guess" + i);
        }
        for (int i = 0; i < SignInThrottle.FREE_FAILURES; i++) {
            throttle.failed("ada");
        }

        assertThat(throttle.lockedUntil("ada"))
                .as("locking still works after the flood")
                .isPresent();
    }
}
