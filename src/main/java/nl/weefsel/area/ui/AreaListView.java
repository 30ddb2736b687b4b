package nl.weefsel.area.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.weefsel.area.Area;
import nl.weefsel.area.AreaData;
import nl.weefsel.area.AreaLevel;
import nl.weefsel.area.AreaService;
import nl.weefsel.base.NotFoundException;
import nl.weefsel.base.ui.Labels;
import nl.weefsel.base.ui.RecordLinks;
import nl.weefsel.collaboration.ChangeBroadcaster;
import nl.weefsel.collaboration.ui.Collaboration;
import nl.weefsel.collaboration.ui.LiveUpdates;
import nl.weefsel.collaboration.ui.PresenceBar;
import nl.weefsel.collaboration.ui.RecordDialog;
import nl.weefsel.collaboration.ui.RecordOps;
import nl.weefsel.security.AccessPolicy;

/** The areas — municipalities, wijken, buurten … — searchable by name or code and level. */
@Route("areas")
@PageTitle("Weefsel")
@Menu(title = "nav.areas", order = 10, icon = "vaadin:map-marker")
@PermitAll
class AreaListView extends VerticalLayout implements BeforeEnterObserver {

    private final AreaService areas;
    private final Collaboration collaboration;
    private final AccessPolicy access;
    private final Grid<Area> grid = new Grid<>();
    private final TextField text = new TextField(getTranslation("areas.filter.text"));
    private final MultiSelectComboBox<AreaLevel> levels = new MultiSelectComboBox<>(getTranslation("field.level"));
    private Map<String, Area> byId = Map.of();

    AreaListView(AreaService areas, Collaboration collaboration, ChangeBroadcaster changes, AccessPolicy access) {
        this.areas = areas;
        this.collaboration = collaboration;
        this.access = access;
        setSizeFull();
        add(new H1(getTranslation("areas.title")), filters(), grid());
        addComponentAtIndex(1, PresenceBar.onPage("areas"));
        refresh();
        LiveUpdates.subscribe(this, changes, LiveUpdates.ofKinds("Area"), batch -> refresh());
    }

    private FlexLayout filters() {
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.addValueChangeListener(change -> refresh());
        levels.setItems(AreaLevel.values());
        levels.setItemLabelGenerator(Labels::of);
        levels.addValueChangeListener(change -> refresh());
        var add = new Button(getTranslation("areas.new"), VaadinIcon.PLUS.create(), click -> open(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("area-new");
        add.setVisible(access.mayChangeAreas());
        var bar = new FlexLayout(text, levels, add);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassName("weefsel-filters");
        return bar;
    }

    private Grid<Area> grid() {
        grid.addColumn(Area::name).setHeader(getTranslation("field.name")).setSortable(true).setFlexGrow(2);
        grid.addColumn(area -> area.code() == null ? "" : area.code()).setHeader(getTranslation("field.code")).setSortable(true);
        grid.addColumn(area -> Labels.of(area.level())).setHeader(getTranslation("field.level")).setSortable(true);
        grid.addColumn(area -> area.parentId() == null || !byId.containsKey(area.parentId()) ? "" : byId.get(area.parentId()).name())
                .setHeader(getTranslation("field.parentId")).setSortable(true);
        grid.addColumn(area -> area.population() == null ? "" : String.format(getLocale(), "%,d", area.population()))
                .setHeader(getTranslation("field.population"));
        grid.setSizeFull();
        grid.setAriaLabel(getTranslation("areas.title"));
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                open(change.getValue());
                grid.asSingleSelect().clear();
            }
        });
        return grid;
    }

    private void open(Area area) {
        List<Area> all = areas.all();
        var ops = RecordOps.of(new RecordOps.Shape<>("Area", Area.class, Area::id, Area::version, Area::audit,
                        AreaListView::dataOf, Area::label), areas::find, areas::create, areas::update)
                .deletedBy(areas::delete)
                .permittedBy(shown -> access.mayEditArea(shown.id(), dataOf(shown)), shown -> access.mayEditArea(shown.id(), null));
        var initial = area == null ? AreaData.of(AreaLevel.WIJK, null, "", null) : dataOf(area);
        new RecordDialog<>(ops, new AreaForm(all), collaboration, area, initial, changed -> refresh()).open();
    }

    private static AreaData dataOf(Area area) {
        return new AreaData(area.level(), area.code(), area.name(), area.population(), area.populationYear(),
                area.populationSource(), area.parentId());
    }

    private void refresh() {
        List<Area> all = areas.all();
        byId = all.stream().collect(Collectors.toMap(Area::id, Function.identity()));
        String wanted = text.getValue() == null ? "" : text.getValue().strip().toLowerCase(Locale.ROOT);
        grid.setItems(all.stream()
                .filter(area -> levels.getValue().isEmpty() || levels.getValue().contains(area.level()))
                .filter(area -> wanted.isEmpty() || area.name().toLowerCase(Locale.ROOT).contains(wanted)
                        || (area.code() != null && area.code().toLowerCase(Locale.ROOT).contains(wanted)))
                .toList());
    }

    /** A deep link ({@link RecordLinks}) opens its record over the list. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RecordLinks.openRequested(event, id -> open(areas.find(id).orElseThrow(() -> new NotFoundException("Area", id))));
    }
}
