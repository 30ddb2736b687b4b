package nl.weefsel.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import nl.weefsel.audit.ChangeEntry;
import nl.weefsel.audit.HistoryFilter;
import nl.weefsel.audit.HistoryService;
import nl.weefsel.collaboration.ChangeBroadcaster;
import nl.weefsel.collaboration.ui.LiveUpdates;

/** What changed in the whole network, newest first, as it happens: who, when, what, before → after. */
@Route("activity")
@PageTitle("Weefsel")
@Menu(title = "nav.activity", order = 20, icon = "vaadin:clock")
@PermitAll
class ActivityView extends VerticalLayout {

    static final int SHOWN = 300;
    static final List<String> KINDS = List.of("Actor", "RoleAssignment", "Partnership", "Initiative", "Need", "Area", "Role");

    private final HistoryService history;
    private final ChangeTexts texts = new ChangeTexts(this);
    private final Grid<ChangeEntry> grid = new Grid<>();
    private final ComboBox<String> kind = new ComboBox<>(getTranslation("activity.filter.kind"));
    private final TextField text = new TextField(getTranslation("activity.filter.text"));

    ActivityView(HistoryService history, ChangeBroadcaster changes) {
        this.history = history;
        setSizeFull();
        add(new H1(getTranslation("activity.title")), filters(), grid());
        refresh();
        LiveUpdates.subscribe(this, changes, change -> true, batch -> refresh());
    }

    private FlexLayout filters() {
        kind.setItems(KINDS);
        kind.setItemLabelGenerator(texts::kind);
        kind.setClearButtonVisible(true);
        kind.addValueChangeListener(change -> refresh());
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.addValueChangeListener(change -> refresh());
        var bar = new FlexLayout(kind, text);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassName("weefsel-filters");
        return bar;
    }

    private Grid<ChangeEntry> grid() {
        grid.addColumn(entry -> texts.time(entry.at())).setHeader(getTranslation("activity.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ChangeEntry::by).setHeader(getTranslation("activity.who")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(texts::title).setHeader(getTranslation("activity.what")).setFlexGrow(2);
        grid.addColumn(texts::fields).setHeader(getTranslation("activity.details")).setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        grid.setAriaLabel(getTranslation("activity.title"));
        grid.setId("activity-grid");
        return grid;
    }

    private void refresh() {
        grid.setItems(history.recent(new HistoryFilter(kind.getValue(), text.getValue(), SHOWN)));
    }
}
