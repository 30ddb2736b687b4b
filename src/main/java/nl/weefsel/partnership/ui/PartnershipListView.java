package nl.weefsel.partnership.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.weefsel.actor.Actor;
import nl.weefsel.actor.ActorFilter;
import nl.weefsel.actor.ActorService;
import nl.weefsel.base.ui.Labels;
import nl.weefsel.base.ui.RecordLinks;
import nl.weefsel.collaboration.ChangeBroadcaster;
import nl.weefsel.collaboration.ui.FactTexts;
import nl.weefsel.collaboration.ui.LiveUpdates;
import nl.weefsel.collaboration.ui.PresenceBar;
import nl.weefsel.partnership.Intensity;
import nl.weefsel.partnership.Partnership;
import nl.weefsel.partnership.PartnershipService;
import nl.weefsel.partnership.TieKind;

/** Every tie with its facts and who asserted it; filter by actor, kind, intensity, date or one-sidedness. */
@Route("ties")
@PageTitle("Weefsel")
@Menu(title = "nav.ties", order = 4, icon = "vaadin:link")
@PermitAll
class PartnershipListView extends VerticalLayout implements BeforeEnterObserver {

    private final PartnershipService partnerships;
    private final ActorService actors;
    private final PartnershipEditing editing;
    private final FactTexts facts = new FactTexts(this);
    private final Grid<Partnership> grid = new Grid<>();
    private final ComboBox<Actor> actor = new ComboBox<>(getTranslation("field.actorId"));
    private final MultiSelectComboBox<TieKind> kinds = new MultiSelectComboBox<>(getTranslation("field.tieKind"));
    private final MultiSelectComboBox<Intensity> intensities = new MultiSelectComboBox<>(getTranslation("field.intensity"));
    private final DatePicker currentOn = new DatePicker(getTranslation("filter.current-on"));
    private final Checkbox oneSided = new Checkbox(getTranslation("ties.filter.one-sided"));
    private Map<String, String> names = Map.of();

    PartnershipListView(PartnershipService partnerships, ActorService actors, PartnershipEditing editing,
                        ChangeBroadcaster changes) {
        this.partnerships = partnerships;
        this.actors = actors;
        this.editing = editing;
        setSizeFull();
        add(new H1(getTranslation("ties.title")), filters(), grid());
        addComponentAtIndex(1, PresenceBar.onPage("ties"));
        refresh();
        LiveUpdates.subscribe(this, changes, LiveUpdates.ofKinds("Partnership", "Actor"), batch -> refresh());
    }

    private FlexLayout filters() {
        actor.setItems(actors.list(ActorFilter.ALL));
        actor.setItemLabelGenerator(Actor::name);
        actor.setClearButtonVisible(true);
        kinds.setItems(TieKind.values());
        kinds.setItemLabelGenerator(Labels::of);
        intensities.setItems(Intensity.values());
        intensities.setItemLabelGenerator(Labels::of);
        currentOn.setLocale(getLocale());
        currentOn.setClearButtonVisible(true);
        currentOn.setHelperText(getTranslation("filter.current-on.hint"));
        actor.addValueChangeListener(change -> refresh());
        kinds.addValueChangeListener(change -> refresh());
        intensities.addValueChangeListener(change -> refresh());
        currentOn.addValueChangeListener(change -> refresh());
        oneSided.addValueChangeListener(change -> refresh());
        var add = new Button(getTranslation("ties.new"), VaadinIcon.PLUS.create(), click -> editing.openNew(
                actor.getValue() == null ? null : actor.getValue().id(), null, saved -> refresh()));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("tie-new");
        add.setVisible(editing.mayCreate());
        var bar = new FlexLayout(actor, kinds, intensities, currentOn, oneSided, add);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassName("weefsel-filters");
        return bar;
    }

    private Grid<Partnership> grid() {
        grid.addColumn(tie -> names.getOrDefault(tie.fromActorId(), "")).setHeader(getTranslation("field.fromActorId"))
                .setSortable(true).setFlexGrow(2);
        grid.addColumn(tie -> names.getOrDefault(tie.toActorId(), "")).setHeader(getTranslation("field.toActorId"))
                .setSortable(true).setFlexGrow(2);
        grid.addColumn(tie -> Labels.of(tie.kind())).setHeader(getTranslation("field.tieKind")).setSortable(true);
        grid.addColumn(tie -> Labels.of(tie.intensity())).setHeader(getTranslation("field.intensity")).setSortable(true);
        grid.addColumn(this::facts).setHeader(getTranslation("ties.facts")).setFlexGrow(2);
        grid.addColumn(tie -> facts.validity(tie.validity())).setHeader(getTranslation("field.validity"));
        grid.addColumn(tie -> facts.provenance(tie.provenance())).setHeader(getTranslation("field.provenance")).setFlexGrow(2);
        grid.addComponentColumn(this::impactLink).setHeader(getTranslation("impact.link")).setAutoWidth(true).setFlexGrow(0);
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("ties.title"));
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                editing.open(change.getValue().id(), saved -> refresh());
                grid.asSingleSelect().clear();
            }
        });
        return grid;
    }

    /** The impact feature's page of the tie (a school trajectory when one party is a school). */
    private Anchor impactLink(Partnership tie) {
        return RecordLinks.inRow("ties/" + tie.id() + "/impact", getTranslation("impact.link"), getTranslation("impact.link.of",
                names.getOrDefault(tie.fromActorId(), "?") + " – " + names.getOrDefault(tie.toActorId(), "?")));
    }

    private String facts(Partnership tie) {
        var facts = new java.util.ArrayList<String>();
        if (tie.writtenAgreement()) {
            facts.add(getTranslation("field.writtenAgreement"));
        }
        if (tie.fixedContactPerson()) {
            facts.add(getTranslation("field.fixedContactPerson"));
        }
        facts.add(getTranslation(tie.confirmed() ? "ties.confirmed" : "tie.one-sided"));
        return String.join(" · ", facts);
    }

    private void refresh() {
        names = actors.list(ActorFilter.ALL).stream().collect(Collectors.toMap(Actor::id, Actor::name));
        List<Partnership> ties = currentOn.getValue() == null ? partnerships.all() : partnerships.currentOn(currentOn.getValue());
        grid.setItems(ties.stream()
                .filter(tie -> actor.getValue() == null || tie.involves(actor.getValue().id()))
                .filter(tie -> kinds.getValue().isEmpty() || kinds.getValue().contains(tie.kind()))
                .filter(tie -> intensities.getValue().isEmpty() || intensities.getValue().contains(tie.intensity()))
                .filter(tie -> !oneSided.getValue() || tie.isOneSided())
                .toList());
    }

    /** A deep link ({@link RecordLinks}) opens its record over the list. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RecordLinks.openRequested(event, id -> editing.open(id, saved -> refresh()));
    }
}
