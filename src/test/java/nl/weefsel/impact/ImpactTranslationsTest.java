package nl.weefsel.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Every value of the impact catalogues and enums has a Dutch and an English text. */
class ImpactTranslationsTest {

    @Test
    void every_catalogue_entry_and_enum_value_has_a_text_in_both_languages() {
        for (Locale locale : List.of(Locale.of("nl"), Locale.ENGLISH)) {
            ResourceBundle bundle = ResourceBundle.getBundle("messages-impact", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (ImpactSignal signal : ImpactSignal.values()) {
                assertThat(bundle.containsKey("impact.measure." + Counts.signalKey(signal))).as(signal.name()).isTrue();
            }
            for (ChecklistItem item : ChecklistItem.values()) {
                assertThat(bundle.containsKey("impact.checklist." + item.name())).as(item.name()).isTrue();
            }
            for (Class<? extends Enum<?>> type : List.of(MomentKind.class, Perspective.class, CheckStatus.class, Dimension.class,
                    SchoolGroup.class)) {
                for (Enum<?> value : type.getEnumConstants()) {
                    assertThat(bundle.containsKey("enum." + type.getSimpleName() + "." + value.name())).as(value.name()).isTrue();
                }
            }
        }
    }
}
