package nl.weefsel.network.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.area.Area;
import nl.weefsel.base.ui.Labels;
import nl.weefsel.network.NetworkFilter;
import nl.weefsel.partnership.Intensity;
import nl.weefsel.partnership.TieKind;
import nl.weefsel.role.Role;

/** Which part of the network to draw: area, day, actor kind, role held, tie kind and intensity. */
class NetworkFilterBar extends FlexLayout {

    private final ComboBox<Area> area = new ComboBox<>(getTranslation("network.filter.area"));
    private final DatePicker asOf = new DatePicker(getTranslation("network.filter.as-of"));
    private final MultiSelectComboBox<ActorKind> kinds = new MultiSelectComboBox<>(getTranslation("network.filter.kinds"));
    private final MultiSelectComboBox<Role> roles = new MultiSelectComboBox<>(getTranslation("network.filter.roles"));
    private final MultiSelectComboBox<TieKind> tieKinds = new MultiSelectComboBox<>(getTranslation("network.filter.tie-kinds"));
    private final Checkbox money = new Checkbox(getTranslation("network.filter.money"));
    private final MultiSelectComboBox<Intensity> intensities = new MultiSelectComboBox<>(getTranslation("network.filter.intensities"));

    NetworkFilterBar(List<Area> areas, List<Role> allRoles, Runnable onChange) {
        area.setItems(areas);
        area.setItemLabelGenerator(Area::label);
        area.setPlaceholder(getTranslation("network.filter.area.all"));
        area.setClearButtonVisible(true);
        asOf.setValue(LocalDate.now());
        asOf.setLocale(getLocale());
        kinds.setItems(ActorKind.values());
        kinds.setItemLabelGenerator(Labels::of);
        roles.setItems(allRoles);
        roles.setItemLabelGenerator(role -> role.name(getLocale()));
        tieKinds.setItems(TieKind.values());
        tieKinds.setItemLabelGenerator(Labels::of);
        intensities.setItems(Intensity.values());
        intensities.setItemLabelGenerator(Labels::of);
        area.addValueChangeListener(change -> onChange.run());
        asOf.addValueChangeListener(change -> onChange.run());
        kinds.addValueChangeListener(change -> onChange.run());
        roles.addValueChangeListener(change -> onChange.run());
        tieKinds.addValueChangeListener(change -> onChange.run());
        intensities.addValueChangeListener(change -> onChange.run());
        money.setId("network-money");
        money.addValueChangeListener(change -> onChange.run());
        add(area, asOf, kinds, roles, tieKinds, intensities, money);
        for (com.vaadin.flow.component.HasSize field : List.<com.vaadin.flow.component.HasSize>of(area, kinds, roles, tieKinds, intensities)) {
            field.setWidth("11rem");
        }
        asOf.setWidth("9.5rem");
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        addClassName("weefsel-filters");
    }

    /** Whether to draw the funding ties, money from funders to recipients, over the network. */
    boolean showsMoney() {
        return money.getValue();
    }

    LocalDate day() {
        return asOf.getValue() == null ? LocalDate.now() : asOf.getValue();
    }

    NetworkFilter filter() {
        return new NetworkFilter(area.getValue() == null ? null : area.getValue().id(), day(), kinds.getValue(),
                tieKinds.getValue());
    }

    /** Only actors holding one of these roles on the day; empty for all. */
    Set<String> roleIds() {
        return roles.getValue().stream().map(Role::id).collect(Collectors.toSet());
    }

    /** @return the area filter's id, or null */
    String areaId() {
        return area.getValue() == null ? null : area.getValue().id();
    }

    /** @return the chosen area's code, its name when it has none, or null for the whole network */
    String areaCode() {
        Area chosen = area.getValue();
        return chosen == null ? null : chosen.code() == null ? chosen.name() : chosen.code();
    }

    Set<Intensity> intensities() {
        return intensities.getValue();
    }
}
