package nl.weefsel.collaboration.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.List;
import java.util.Locale;
import nl.weefsel.area.Area;
import nl.weefsel.area.AreaLevel;
import nl.weefsel.base.Audit;
import nl.weefsel.base.TargetGroup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shared form fields, without a running server: labels are then Vaadin's placeholder
 * {@code !{key}!} for the translation key, which shows which key a field asks for.
 */
class FormFieldsTest {

    private final FormLayout form = new FormLayout();

    @BeforeEach
    void ui() {
        var ui = new UI();
        ui.setLocale(Locale.ENGLISH);
        UI.setCurrent(ui);
    }

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
    }

    @Test
    void an_area_picker_shows_areas_by_their_label_and_gives_the_chosen_id() {
        var picker = FormFields.areaPicker(form, "field.areaId");
        Area charlois = area("a-1", "Charlois");
        picker.setItems(List.of(charlois));

        assertThat(picker.getLabel()).isEqualTo("!{field.areaId}!");
        assertThat(picker.getItemLabelGenerator().apply(charlois)).isEqualTo("Charlois (WK059901)");
        assertThat(FormFields.idOf(picker, Area::id)).isNull();
        picker.setValue(charlois);
        assertThat(FormFields.idOf(picker, Area::id)).isEqualTo("a-1");
    }

    @Test
    void enum_pickers_hold_every_value_and_name_them_by_their_translation() {
        var levels = FormFields.enumPicker(form, "field.level", AreaLevel.values());
        var groups = FormFields.targetGroups(form);

        assertThat(levels.getListDataView().getItems()).containsExactly(AreaLevel.values());
        assertThat(levels.getItemLabelGenerator().apply(AreaLevel.values()[0]))
                .isEqualTo("!{enum.AreaLevel." + AreaLevel.values()[0].name() + "}!");
        assertThat(groups.getLabel()).isEqualTo("!{field.targetGroups}!");
        assertThat(groups.getListDataView().getItems()).containsExactly(TargetGroup.values());
        assertThat(FormFields.disciplines(form).getLabel()).isEqualTo("!{field.disciplines}!");
    }

    @Test
    void the_source_has_its_hint_and_required_and_clearable_fields_say_so() {
        var source = FormFields.source(form);
        var note = FormFields.note(form);
        var actor = FormFields.actorPicker(form, "field.actorId");

        FormFields.required(source, actor);
        FormFields.clearable(actor);

        assertThat(source.getLabel()).isEqualTo("!{field.provenance.source}!");
        assertThat(source.getHelperText()).isEqualTo("!{source.hint}!");
        assertThat(note.getLabel()).isEqualTo("!{field.note}!");
        assertThat(source.isRequiredIndicatorVisible()).isTrue();
        assertThat(actor.isRequiredIndicatorVisible()).isTrue();
        assertThat(note.isRequiredIndicatorVisible()).isFalse();
        assertThat(actor.isClearButtonVisible()).isTrue();
    }

    @Test
    void a_validity_problem_is_shown_at_valid_until_and_the_dates_go_into_the_fields_in_order() {
        var validity = new ValidityFields(form);
        var fields = new java.util.LinkedHashMap<String, com.vaadin.flow.component.HasValue<?, ?>>();

        validity.putInto(fields);

        assertThat(fields.keySet()).containsExactly("validFrom", "validUntil");
        assertThat(validity.fieldFor("validity")).contains(validity.until);
        assertThat(validity.fieldFor("note")).isEmpty();
    }

    private static Area area(String id, String name) {
        return new Area(id, AreaLevel.values()[0], "WK059901", name, null, null, null, null, 0, new Audit(null, null, null, null));
    }
}
