package dev.pilothouse.desktop.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.pilothouse.desktop.live.LiveItem;
import dev.pilothouse.runtime.LiveEvent;
import dev.pilothouse.workspace.policy.RecordMask;
import org.junit.jupiter.api.Test;

/** The live view keeps a record whole: export, filter and byte rates see all of it, the view only clips. */
class HarperLiveItemTest {

    @Test
    void aLongRecordIsKeptWhole() {
        String note = "n".repeat(1_000) + "END";
        LiveEvent.Change change = new LiveEvent.Change(
                LiveEvent.Kind.PUT,
                "/Van/",
                "v1",
                JsonNodeFactory.instance.objectNode().put("note", note),
                1,
                1,
                false,
                1_020);

        LiveItem item = HarperLive.item("/Van/", RecordMask.open("data.Van"), change);

        assertThat(item.summary()).contains(note).doesNotContain("…");
        assertThat(item.kind()).isEqualTo(LiveItem.Kind.PUT);
        assertThat(item.replay()).isFalse();
        assertThat(item.bytes()).as("the wire size, not the text's").isEqualTo(1_020);
        assertThat(item.id()).isEqualTo("v1");
    }
}
