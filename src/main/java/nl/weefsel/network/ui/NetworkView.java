package nl.weefsel.network.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.List;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.area.Area;
import nl.weefsel.area.AreaService;
import nl.weefsel.base.ui.Labels;
import nl.weefsel.base.ui.NetworkGraph;
import nl.weefsel.network.NetworkFilter;
import nl.weefsel.network.NetworkNode;
import nl.weefsel.network.NetworkService;
import nl.weefsel.network.NetworkSnapshot;
import nl.weefsel.partnership.TieKind;

/** The whole network, or one area's, as a picture to explore: filter it, click an actor to see its details. */
@Route("")
@PageTitle("Weefsel")
@Menu(title = "nav.network", order = 1, icon = "vaadin:connect")
@PermitAll
class NetworkView extends VerticalLayout {

    private final NetworkService network;
    private final NetworkGraph graph = new NetworkGraph();
    private final ActorPanel details;
    private final ComboBox<Area> area = new ComboBox<>();
    private final DatePicker asOf = new DatePicker();
    private final MultiSelectComboBox<ActorKind> kinds = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<TieKind> tieKinds = new MultiSelectComboBox<>();
    private final ComboBox<NetworkNode> find = new ComboBox<>();
    private final Span counts = new Span();

    NetworkView(NetworkService network, AreaService areas, ActorPanel details) {
        this.network = network;
        this.details = details;
        setSizeFull();
        setPadding(true);
        add(new H1(getTranslation("network.title")), filters(areas.all()), legend(), content());
        refresh();
    }

    private FlexLayout filters(List<Area> areas) {
        area.setLabel(getTranslation("network.filter.area"));
        area.setItems(areas);
        area.setItemLabelGenerator(Area::label);
        area.setPlaceholder(getTranslation("network.filter.area.all"));
        area.setClearButtonVisible(true);

        asOf.setLabel(getTranslation("network.filter.as-of"));
        asOf.setValue(LocalDate.now());
        asOf.setLocale(getLocale());

        kinds.setLabel(getTranslation("network.filter.kinds"));
        kinds.setItems(ActorKind.values());
        kinds.setItemLabelGenerator(Labels::of);
        tieKinds.setLabel(getTranslation("network.filter.tie-kinds"));
        tieKinds.setItems(TieKind.values());
        tieKinds.setItemLabelGenerator(Labels::of);

        find.setLabel(getTranslation("network.find"));
        find.setItemLabelGenerator(NetworkNode::label);
        find.setClearButtonVisible(true);
        find.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                show(change.getValue().id());
                graph.select(change.getValue().id());
            }
        });

        area.addValueChangeListener(change -> refresh());
        asOf.addValueChangeListener(change -> refresh());
        kinds.addValueChangeListener(change -> refresh());
        tieKinds.addValueChangeListener(change -> refresh());

        var relayout = new Button(getTranslation("network.relayout"), VaadinIcon.REFRESH.create(), click -> graph.relayout());
        relayout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        var bar = new FlexLayout(area, asOf, kinds, tieKinds, find, relayout, counts);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassName("weefsel-filters");
        return bar;
    }

    private HorizontalLayout legend() {
        var legend = new HorizontalLayout();
        legend.addClassName("weefsel-legend");
        legend.setSpacing(false);
        NetworkGraph.KIND_COLOURS.forEach((kind, colour) -> {
            var swatch = new Span();
            swatch.addClassName("weefsel-swatch");
            swatch.getStyle().setBackgroundColor(colour);
            legend.add(new Span(swatch, new Span(Labels.of(kind))));
        });
        var oneSided = new Span(getTranslation("network.legend.one-sided"));
        oneSided.addClassName("weefsel-legend-one-sided");
        legend.add(oneSided);
        return legend;
    }

    private SplitLayout content() {
        var canvas = new Div(graph);
        canvas.addClassName("weefsel-graph");
        canvas.setSizeFull();
        graph.addNodeClickListener(click -> show(click.nodeId()));
        var split = new SplitLayout(canvas, details);
        split.setSizeFull();
        split.setSplitterPosition(72);
        return split;
    }

    private void show(String actorId) {
        details.show(actorId, asOf.getValue() == null ? LocalDate.now() : asOf.getValue());
    }

    private void refresh() {
        var filter = new NetworkFilter(area.getValue() == null ? null : area.getValue().id(),
                asOf.getValue() == null ? LocalDate.now() : asOf.getValue(), kinds.getValue(), tieKinds.getValue());
        NetworkSnapshot snapshot = network.snapshot(filter);
        String summary = getTranslation("network.summary", snapshot.nodes().size(), snapshot.edges().size());
        graph.setGraph(snapshot, NetworkNode::degree, summary);
        find.setItems(snapshot.nodes());
        counts.setText(summary);
    }
}
