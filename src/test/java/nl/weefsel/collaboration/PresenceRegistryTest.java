package nl.weefsel.collaboration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.weefsel.collaboration.PresenceRegistry.Participant;
import org.junit.jupiter.api.Test;

class PresenceRegistryTest {

    private final PresenceRegistry registry = new PresenceRegistry();

    @Test
    void everyone_in_a_topic_hears_who_joins_edits_and_leaves() {
        List<List<Participant>> heardByAnna = new ArrayList<>();
        var anna = registry.join("Actor:1", "Anna", heardByAnna::add);
        var bram = registry.join("Actor:1", "Bram", participants -> { });

        bram.editing(true);
        assertThat(heardByAnna.getLast()).extracting(Participant::name, Participant::editing)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Anna", false), org.assertj.core.groups.Tuple.tuple("Bram", true));

        bram.leave();
        assertThat(heardByAnna.getLast()).extracting(Participant::id).containsExactly(anna.id());
    }

    @Test
    void topics_are_apart_and_an_empty_topic_is_forgotten() {
        var anna = registry.join("Actor:1", "Anna", participants -> { });
        registry.join("Actor:2", "Bram", participants -> { });

        assertThat(registry.participants("Actor:1")).extracting(Participant::name).containsExactly("Anna");
        anna.leave();
        assertThat(registry.participants("Actor:1")).isEmpty();
    }
}
