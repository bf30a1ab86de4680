package dev.pilothouse.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BuildVersionTest {

    @Test
    void theVersionIsTheOneMavenBuilt() {
        assertThat(BuildVersion.get())
                .isEqualTo(System.getProperty("pilothouse.expectedVersion"))
                .isNotBlank();
    }
}
