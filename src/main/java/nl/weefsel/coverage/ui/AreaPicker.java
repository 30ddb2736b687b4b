package nl.weefsel.coverage.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Comparator;
import java.util.List;
import nl.weefsel.area.Area;
import org.jspecify.annotations.Nullable;

/** Chooses an area by name or CBS code; empty means "all areas". */
final class AreaPicker extends ComboBox<Area> {

    AreaPicker(String label, String placeholder, List<Area> areas) {
        setLabel(label);
        setPlaceholder(placeholder);
        setItems(areas.stream().sorted(Comparator.comparing(Area::level).thenComparing(Area::name)).toList());
        setItemLabelGenerator(Area::label);
        setClearButtonVisible(true);
        setWidth("18rem");
        setId("area-filter");
    }

    /** Chooses the area named in the page address, {@code ?area=WK059903}, so that a view can be linked to. */
    void select(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("area").ifPresent(code ->
                getListDataView().getItems().filter(area -> code.equalsIgnoreCase(area.code())).findFirst().ifPresent(this::setValue));
    }

    @Nullable String areaId() {
        return getValue() == null ? null : getValue().id();
    }
}
