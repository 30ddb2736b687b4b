package nl.weefsel.coverage.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.Stream;
import nl.weefsel.base.ui.CsvDownload;
import nl.weefsel.coverage.Broker;
import nl.weefsel.coverage.CoverageService;
import nl.weefsel.coverage.CoverageTexts;

/** The brokers between sectors ("spin in het web"), with betweenness and Burt's constraint beside them. */
@Route("brokers")
@PageTitle("Weefsel")
@Menu(title = "nav.coverage.brokers", order = 14, icon = "vaadin:connect-o")
@PermitAll
class BrokersView extends VerticalLayout {

    private final CoverageService coverage;
    private final Grid<Broker> grid = new Grid<>();
    private List<Broker> brokers = List.of();
    private CoverageTexts texts;

    BrokersView(CoverageService coverage) {
        this.coverage = coverage;
        setWidthFull();
        grid.setId("brokers");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(broker -> brokers.indexOf(broker) + 1).setHeader(getTranslation("coverage.greyzones.column.rank")).setWidth("4rem")
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(new ComponentRenderer<>(broker -> Records.link(broker.actor().name(), Records.ACTOR, broker.actor().id())))
                .setHeader(getTranslation("coverage.risks.column.actor")).setFlexGrow(2);
        grid.addColumn(broker -> texts.label(broker.sector(), getLocale())).setHeader(getTranslation("coverage.brokers.column.sector"));
        grid.addColumn(Broker::brokeredPairs).setHeader(getTranslation("coverage.brokers.column.pairs")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(Broker::degree).setHeader(getTranslation("coverage.brokers.column.degree")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(broker -> number(broker.betweenness())).setHeader(getTranslation("coverage.brokers.column.betweenness"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(broker -> number(broker.constraint())).setHeader(getTranslation("coverage.risks.column.constraint"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(broker -> texts.sentence(broker, getLocale())).setHeader(getTranslation("coverage.column.sentence")).setFlexGrow(4);
        add(new H1(getTranslation("coverage.brokers.title")), new Paragraph(getTranslation("coverage.brokers.intro")),
                CsvDownload.ofRows("verbinders.csv", getTranslation("coverage.export.csv"), this::rows), grid);
        refresh();
        LiveFindings.refresh(this, coverage, this::refresh);
    }

    private void refresh() {
        brokers = coverage.brokers();
        texts = coverage.texts();
        grid.setItems(brokers);
    }

    private String number(Double value) {
        return value == null ? "" : String.format(getLocale(), "%.3f", value);
    }

    private List<List<String>> rows() {
        var header = Stream.of("coverage.greyzones.column.rank", "coverage.risks.column.actor", "coverage.brokers.column.sector", "coverage.brokers.column.sectors",
                "coverage.brokers.column.pairs", "coverage.brokers.column.degree", "coverage.brokers.column.betweenness", "coverage.risks.column.constraint",
                "coverage.brokers.column.effective-size", "coverage.column.sentence").map(this::getTranslation).toList();
        Stream<List<String>> body = brokers.stream().map(broker -> List.of(String.valueOf(brokers.indexOf(broker) + 1),
                broker.actor().name(), texts.label(broker.sector(), getLocale()),
                String.join(", ", broker.sectorsBridged().stream().sorted().map(s -> texts.label(s, getLocale())).toList()),
                String.valueOf(broker.brokeredPairs()), String.valueOf(broker.degree()), number(broker.betweenness()),
                number(broker.constraint()), number(broker.effectiveSize()), texts.sentence(broker, getLocale())));
        return Stream.concat(Stream.of(header), body).toList();
    }
}
