package nl.weefsel.initiative.ui;

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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import nl.weefsel.area.Area;
import nl.weefsel.audit.ui.ChangeTexts;
import nl.weefsel.base.NotFoundException;
import nl.weefsel.base.ui.Labels;
import nl.weefsel.base.ui.RecordLinks;
import nl.weefsel.collaboration.ChangeBroadcaster;
import nl.weefsel.collaboration.ui.LiveUpdates;
import nl.weefsel.collaboration.ui.PresenceBar;
import nl.weefsel.initiative.Need;
import nl.weefsel.initiative.NeedData;
import nl.weefsel.initiative.NeedService;
import nl.weefsel.initiative.NeedStatus;

/** The demand heard in the neighbourhoods, newest first; open needs that nothing answers stand out. */
@Route("needs")
@PageTitle("Weefsel")
@Menu(title = "nav.needs", order = 6, icon = "vaadin:comment-ellipsis")
@PermitAll
class NeedListView extends VerticalLayout implements BeforeEnterObserver {

    private final NeedService needs;
    private final InitiativeEditing editing;
    private final ChangeTexts texts = new ChangeTexts(this);
    private final Grid<Need> grid = new Grid<>();
    private final TextField text = new TextField(getTranslation("filter.text"));
    private final ComboBox<Area> area = new ComboBox<>(getTranslation("field.areaId"));
    private final MultiSelectComboBox<NeedStatus> statuses = new MultiSelectComboBox<>(getTranslation("field.status"));
    private Choices choices;

    NeedListView(NeedService needs, InitiativeEditing editing, ChangeBroadcaster changes) {
        this.needs = needs;
        this.editing = editing;
        this.choices = editing.choices();
        setSizeFull();
        add(new H1(getTranslation("needs.title")), filters(), grid());
        addComponentAtIndex(1, PresenceBar.onPage("needs"));
        refresh();
        LiveUpdates.subscribe(this, changes, LiveUpdates.ofKinds("Need", "Initiative", "Area"), batch -> refresh());
    }

    private FlexLayout filters() {
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        area.setItems(choices.areas());
        area.setItemLabelGenerator(Area::label);
        area.setClearButtonVisible(true);
        statuses.setItems(NeedStatus.values());
        statuses.setItemLabelGenerator(Labels::of);
        text.addValueChangeListener(change -> refresh());
        area.addValueChangeListener(change -> refresh());
        statuses.addValueChangeListener(change -> refresh());
        var add = new Button(getTranslation("needs.new"), VaadinIcon.PLUS.create(), click -> editing.openNeed(null,
                NeedData.heard("", area.getValue() == null ? null : area.getValue().id(), Set.of(), Set.of(), LocalDate.now()),
                saved -> refresh()));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("need-new");
        add.setVisible(editing.mayRegister());
        var bar = new FlexLayout(text, area, statuses, add);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassName("weefsel-filters");
        return bar;
    }

    private Grid<Need> grid() {
        grid.addColumn(Need::title).setHeader(getTranslation("field.title")).setSortable(true).setFlexGrow(3);
        grid.addColumn(item -> choices.areaName(item.areaId())).setHeader(getTranslation("field.areaId")).setSortable(true);
        grid.addColumn(item -> Labels.of(item.status()) + (item.isUnanswered() ? " · " + getTranslation("needs.unanswered") : ""))
                .setHeader(getTranslation("field.status")).setSortable(true);
        grid.addColumn(item -> Labels.ofAll(item.targetGroups())).setHeader(getTranslation("field.targetGroups")).setFlexGrow(2);
        grid.addColumn(item -> item.heardOn() == null ? "" : texts.date(item.heardOn())).setHeader(getTranslation("field.heardOn"))
                .setSortable(true).setComparator(item -> item.heardOn() == null ? LocalDate.MIN : item.heardOn());
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("needs.title"));
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                editing.openNeed(change.getValue(), InitiativeEditing.dataOf(change.getValue()), saved -> refresh());
                grid.asSingleSelect().clear();
            }
        });
        return grid;
    }

    private void refresh() {
        choices = editing.choices();
        String wanted = text.getValue() == null ? "" : text.getValue().strip().toLowerCase(Locale.ROOT);
        grid.setItems(needs.list(area.getValue() == null ? null : area.getValue().id()).stream()
                .filter(item -> statuses.getValue().isEmpty() || statuses.getValue().contains(item.status()))
                .filter(item -> wanted.isEmpty() || item.title().toLowerCase(Locale.ROOT).contains(wanted))
                .toList());
    }

    /** A deep link ({@link RecordLinks}) opens its record over the list. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RecordLinks.openRequested(event, id -> {
            Need need = needs.find(id).orElseThrow(() -> new NotFoundException("Need", id));
            editing.openNeed(need, InitiativeEditing.dataOf(need), saved -> refresh());
        });
    }
}
