package dev.pilothouse.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class AppNameTest {

    @Test
    void awkwardFolderNamesBecomeOneComponentName() {
        assertThat(AppName.of(Path.of("/work/fleet-tracker"))).isEqualTo("fleet-tracker");
        assertThat(AppName.of(Path.of("/work/my app.v2"))).isEqualTo("my_app_v2");
        assertThat(AppName.of(Path.of("/work/flöte"))).isEqualTo("fl_te");
        assertThat(AppName.of(Path.of("/work/app/../shop/"))).isEqualTo("shop");
        assertThat(AppName.of(Path.of("/"))).isEqualTo("app");
    }
}
