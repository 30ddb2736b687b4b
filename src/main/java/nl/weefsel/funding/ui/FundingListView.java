package nl.weefsel.funding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
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
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.weefsel.actor.ActorFilter;
import nl.weefsel.actor.ActorService;
import nl.weefsel.base.ui.CsvDownload;
import nl.weefsel.base.ui.Labels;
import nl.weefsel.collaboration.ChangeBroadcaster;
import nl.weefsel.collaboration.ui.FactTexts;
import nl.weefsel.collaboration.ui.LiveUpdates;
import nl.weefsel.funding.Funding;
import nl.weefsel.funding.FundingInstrument;
import nl.weefsel.funding.FundingService;
import nl.weefsel.initiative.InitiativeService;
import nl.weefsel.security.AccessPolicy;

/** Every funding tie: search by name, filter by instrument or date; record, change, end or delete one. */
@Route("funding")
@PageTitle("Weefsel")
@Menu(title = "nav.funding", order = 15, icon = "vaadin:money")
@PermitAll
class FundingListView extends VerticalLayout {

    private final FundingService fundings;
    private final ActorService actors;
    private final InitiativeService initiatives;
    private final FundingEditing editing;
    private final AccessPolicy access;
    private final FactTexts facts = new FactTexts(this);
    private final Grid<Funding> grid = new Grid<>();
    private final TextField search = new TextField(getTranslation("funding.search"));
    private final MultiSelectComboBox<FundingInstrument> instruments = new MultiSelectComboBox<>(getTranslation("field.instrument"));
    private final DatePicker currentOn = new DatePicker(getTranslation("filter.current-on"));
    private Map<String, String> names = Map.of();
    private List<Funding> shown = List.of();

    FundingListView(FundingService fundings, ActorService actors, InitiativeService initiatives, FundingEditing editing,
                    AccessPolicy access, ChangeBroadcaster changes) {
        this.fundings = fundings;
        this.actors = actors;
        this.initiatives = initiatives;
        this.editing = editing;
        this.access = access;
        setSizeFull();
        add(new H1(getTranslation("funding.title")), filters(), grid());
        refresh();
        LiveUpdates.subscribe(this, changes, LiveUpdates.ofKinds(FundingService.KIND, "Actor", "Initiative"), batch -> refresh());
    }

    private FlexLayout filters() {
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setHelperText(getTranslation("funding.search.hint"));
        instruments.setItems(FundingInstrument.values());
        instruments.setItemLabelGenerator(Labels::of);
        currentOn.setLocale(getLocale());
        currentOn.setClearButtonVisible(true);
        currentOn.setHelperText(getTranslation("filter.current-on.hint"));
        search.addValueChangeListener(change -> refresh());
        instruments.addValueChangeListener(change -> refresh());
        currentOn.addValueChangeListener(change -> refresh());
        var bar = new FlexLayout(search, instruments, currentOn);
        if (access.mayRecordAnyFunding()) {
            var add = new Button(getTranslation("funding.new"), VaadinIcon.PLUS.create(), click -> editing.openNew(saved -> refresh()));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("funding-new");
            bar.add(add);
        }
        bar.add(CsvDownload.ofRows("funding.csv", getTranslation("funding.export"),
                () -> FundingTables.ties(key -> getTranslation(key), shown, names)));
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassName("weefsel-filters");
        return bar;
    }

    private Grid<Funding> grid() {
        grid.addColumn(tie -> names.getOrDefault(tie.funderId(), "")).setHeader(getTranslation("field.funderId"))
                .setSortable(true).setFlexGrow(2);
        grid.addColumn(tie -> names.getOrDefault(tie.recipientId(), "") + " (" + Labels.of(tie.recipientKind()) + ")")
                .setHeader(getTranslation("field.recipientId")).setSortable(true).setFlexGrow(2);
        grid.addColumn(tie -> Money.euros(this, tie.amountCents())).setHeader(getTranslation("field.amountCents"))
                .setComparator(Funding::amountCents).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addColumn(tie -> Labels.of(tie.instrument())).setHeader(getTranslation("field.instrument")).setSortable(true);
        grid.addColumn(tie -> facts.validity(tie.validity())).setHeader(getTranslation("field.validity"));
        grid.addColumn(tie -> facts.provenance(tie.provenance())).setHeader(getTranslation("field.provenance")).setFlexGrow(2);
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("funding.title"));
        grid.setId("funding-grid");
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                if (access.mayEditFunding(change.getValue().id(), null)) {
                    editing.open(change.getValue().id(), saved -> refresh());
                }
                grid.asSingleSelect().clear();
            }
        });
        return grid;
    }

    private void refresh() {
        names = new java.util.HashMap<>(actors.list(ActorFilter.ALL).stream().collect(Collectors.toMap(a -> a.id(), a -> a.name())));
        initiatives.list(null).forEach(initiative -> names.put(initiative.id(), initiative.name()));
        String text = search.getValue() == null ? "" : search.getValue().strip().toLowerCase(Locale.ROOT);
        shown = fundings.involving(null, currentOn.getValue()).stream()
                .filter(tie -> instruments.getValue().isEmpty() || instruments.getValue().contains(tie.instrument()))
                .filter(tie -> text.isEmpty() || names.getOrDefault(tie.funderId(), "").toLowerCase(Locale.ROOT).contains(text)
                        || names.getOrDefault(tie.recipientId(), "").toLowerCase(Locale.ROOT).contains(text))
                .toList();
        grid.setItems(shown);
    }
}
