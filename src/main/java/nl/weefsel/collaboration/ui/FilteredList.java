package nl.weefsel.collaboration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.weefsel.area.Area;
import nl.weefsel.base.ui.Labels;
import org.jspecify.annotations.Nullable;

/**
 * The body of a list view whose records are filtered by text, area and status: title, who else has
 * the page open, the filter bar with a button that adds a record in the chosen area, and a grid in
 * which selecting a row (click, or space on the keyboard) opens it. The view adds the grid's
 * columns and says how records load, open and are made.
 *
 * @param <T> the record listed
 * @param <S> its status
 */
public final class FilteredList<T, S extends Enum<S>> {

    private final VerticalLayout view;
    private final Grid<T> grid = new Grid<>();
    private final TextField text;
    private final ComboBox<Area> area;
    private final MultiSelectComboBox<S> statuses;
    private final Function<T, S> status;
    private final Function<T, String> name;
    private final Function<@Nullable String, List<T>> load;
    private Consumer<T> open = item -> { };

    /**
     * @param name  the text the text filter searches
     * @param load  the records in an area, or all when the area id is {@code null}; called on every refresh
     */
    public FilteredList(VerticalLayout view, List<Area> areas, S[] statusValues, Function<T, S> status, Function<T, String> name,
                        Function<@Nullable String, List<T>> load) {
        this.view = view;
        this.status = status;
        this.name = name;
        this.load = load;
        text = new TextField(view.getTranslation("filter.text"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        area = new ComboBox<>(view.getTranslation("field.areaId"));
        area.setItems(areas);
        area.setItemLabelGenerator(Area::label);
        area.setClearButtonVisible(true);
        statuses = new MultiSelectComboBox<>(view.getTranslation("field.status"));
        statuses.setItems(statusValues);
        statuses.setItemLabelGenerator(Labels::of);
        text.addValueChangeListener(change -> refresh());
        area.addValueChangeListener(change -> refresh());
        statuses.addValueChangeListener(change -> refresh());
    }

    /** The grid, to add its columns to. */
    public Grid<T> grid() {
        return grid;
    }

    /** What selecting a row does. */
    public FilteredList<T, S> opening(Consumer<T> open) {
        this.open = open;
        return this;
    }

    /**
     * Fills the view: the title ({@code titleKey}, also the grid's accessible name), the presence bar
     * of {@code page}, the filters with the add button ({@code addKey}, element id {@code addId},
     * shown when {@code mayAdd}; it passes the chosen area's id) and the grid; then lists the records.
     */
    public void addTo(String titleKey, String page, String addKey, String addId, boolean mayAdd, Consumer<@Nullable String> add) {
        var button = new Button(view.getTranslation(addKey), VaadinIcon.PLUS.create(), click -> add.accept(areaId()));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setId(addId);
        button.setVisible(mayAdd);
        var bar = new FlexLayout(text, area, statuses, button);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassName("weefsel-filters");
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(view.getTranslation(titleKey));
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                open.accept(change.getValue());
                grid.asSingleSelect().clear();
            }
        });
        view.setSizeFull();
        view.add(new H1(view.getTranslation(titleKey)), PresenceBar.onPage(page), bar, grid);
        refresh();
    }

    public void refresh() {
        String wanted = text.getValue() == null ? "" : text.getValue().strip().toLowerCase(Locale.ROOT);
        grid.setItems(load.apply(areaId()).stream()
                .filter(item -> statuses.getValue().isEmpty() || statuses.getValue().contains(status.apply(item)))
                .filter(item -> wanted.isEmpty() || name.apply(item).toLowerCase(Locale.ROOT).contains(wanted))
                .toList());
    }

    private @Nullable String areaId() {
        return area.getValue() == null ? null : area.getValue().id();
    }
}
