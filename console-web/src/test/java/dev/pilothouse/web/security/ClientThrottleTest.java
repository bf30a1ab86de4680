package dev.pilothouse.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientThrottleTest {

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

    @TempDir
    Path home;

    private final Hand clock = new Hand();

    private ClientThrottle throttle() {
        return new ClientThrottle(clock, home.resolve("web/client-locks"));
    }

    @Test
    void tenFailuresFromOneAddressLockThatAddressButNotAnother() {
        ClientThrottle throttle = throttle();
        for (int i = 1; i < ClientThrottle.PER_ADDRESS; i++) {
            assertThat(throttle.failed("203.0.113.7")).as("failure %d", i).isEmpty();
        }
        assertThat(throttle.refused("203.0.113.7")).isEmpty();

        assertThat(throttle.failed("203.0.113.7")).hasValueSatisfying(lock -> {
            assertThat(lock.scope()).isEqualTo("address");
            assertThat(lock.until()).isEqualTo(clock.now.plus(ClientThrottle.ADDRESS_LOCK));
        });
        assertThat(throttle.refused("203.0.113.7")).isPresent();
        assertThat(throttle.refused("198.51.100.2")).as("another address").isEmpty();

        clock.now = clock.now.plus(ClientThrottle.ADDRESS_LOCK).plusSeconds(1);
        assertThat(throttle.refused("203.0.113.7")).as("the lock runs out").isEmpty();
    }

    @Test
    void failuresSpreadOverMinutesDoNotLockAnAddress() {
        ClientThrottle throttle = throttle();
        for (int i = 0; i < 3 * ClientThrottle.PER_ADDRESS; i++) {
            throttle.failed("203.0.113.7");
            clock.now = clock.now.plus(Duration.ofSeconds(7)); // about eight a minute
        }

        assertThat(throttle.refused("203.0.113.7")).isEmpty();
    }

    @Test
    void aHundredFailuresAMinuteFromManyAddressesRefuseEveryone() {
        ClientThrottle throttle = throttle();
        for (int i = 0; i < ClientThrottle.GLOBAL - 1; i++) {
            throttle.failed("10.0." + (i / 200) + "." + (i % 200)); // 99 addresses, one failure each
        }
        assertThat(throttle.refused("192.0.2.1")).isEmpty();

        assertThat(throttle.failed("10.9.9.9"))
                .hasValueSatisfying(lock -> assertThat(lock.scope()).isEqualTo("everyone"));
        assertThat(throttle.refused("192.0.2.1"))
                .as("an address that never failed")
                .hasValueSatisfying(refusal -> assertThat(refusal.scope()).isEqualTo("everyone"));

        clock.now = clock.now.plus(ClientThrottle.GLOBAL_LOCK).plusSeconds(1);
        assertThat(throttle.refused("192.0.2.1")).isEmpty();
    }

    @Test
    void aLockSurvivesARestartInAnOwnerOnlyFile() throws Exception {
        ClientThrottle before = throttle();
        for (int i = 0; i < ClientThrottle.PER_ADDRESS; i++) {
            before.failed("203.0.113.7");
        }

        ClientThrottle after = throttle(); // a new process reading the same home
        assertThat(after.refused("203.0.113.7")).isPresent();
        assertThat(after.refused("198.51.100.2")).isEmpty();
        Path file = home.resolve("web/client-locks");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(Files.readString(file)).doesNotContain("198.51.100.2");
    }

    @Test
    void aDamagedFileLocksNothingAndStopsNoSignIn() throws Exception {
        Files.createDirectories(home.resolve("web"));
        Files.writeString(home.resolve("web/client-locks"), "203.0.113.7 not-a-time\n");

        assertThat(throttle().refused("203.0.113.7")).isEmpty();
    }
}
