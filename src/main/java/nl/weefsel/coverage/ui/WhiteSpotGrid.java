package nl.weefsel.coverage.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.component.html.Anchor;
import java.util.ArrayList;
import java.util.List;
import nl.weefsel.coverage.AreaRef;
import nl.weefsel.coverage.CoverageTexts;
import nl.weefsel.coverage.WhiteSpot;

/** Ranked white spots with the inhabitants they are weighed by and links to the area and needs behind them. */
final class WhiteSpotGrid extends Grid<WhiteSpot> {

    private List<WhiteSpot> spots = List.of();
    private CoverageTexts texts;

    WhiteSpotGrid() {
        setId("white-spots");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        addColumn(spot -> spots.indexOf(spot) + 1).setHeader(getTranslation("coverage.greyzones.column.rank")).setWidth("4rem")
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        addColumn(spot -> texts.label(spot.kind(), getLocale())).setHeader(getTranslation("coverage.whitespots.column.kind")).setFlexGrow(1);
        addColumn(spot -> spot.area().name()).setHeader(getTranslation("coverage.column.area")).setFlexGrow(1);
        addColumn(this::subject).setHeader(getTranslation("coverage.whitespots.column.subject")).setFlexGrow(1);
        addColumn(spot -> inhabitants(spot.area())).setHeader(getTranslation("coverage.column.population"))
                .setFlexGrow(1).setTextAlign(ColumnTextAlign.END);
        addColumn(spot -> texts.sentence(spot, getLocale())).setHeader(getTranslation("coverage.column.sentence")).setFlexGrow(4);
        addColumn(new ComponentRenderer<>(this::records)).setHeader(getTranslation("coverage.column.records")).setFlexGrow(1);
    }

    void show(List<WhiteSpot> spots, CoverageTexts texts) {
        this.spots = spots;
        this.texts = texts;
        setItems(spots);
    }

    String subject(WhiteSpot spot) {
        if (spot.need() != null) {
            return spot.need().title();
        }
        return spot.subject() == null ? "" : texts.subject(spot.subject(), getLocale());
    }

    private String inhabitants(AreaRef area) {
        if (area.population() == null) {
            return getTranslation("coverage.population.unknown");
        }
        return getTranslation("coverage.population", area.population(), area.populationYear() == null ? "?" : String.valueOf(area.populationYear()));
    }

    private Span records(WhiteSpot spot) {
        List<Anchor> links = new ArrayList<>();
        links.add(Records.link(spot.area().name(), Records.AREA, spot.area().id()));
        if (spot.need() != null) {
            links.add(Records.link(spot.need().title(), Records.NEED, spot.need().id()));
        }
        spot.openNeeds().forEach(need -> links.add(Records.link(need.title(), Records.NEED, need.id())));
        return Records.links(links.toArray(Anchor[]::new));
    }
}
