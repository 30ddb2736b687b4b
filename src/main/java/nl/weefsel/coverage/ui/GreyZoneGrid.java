package nl.weefsel.coverage.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import nl.weefsel.coverage.CoverageTexts;
import nl.weefsel.coverage.GreyZone;

/** Ranked grey zones: severity, area, role, holders, the sentence, and links to the assignments behind it. */
final class GreyZoneGrid extends Grid<GreyZone> {

    private List<GreyZone> zones = List.of();
    private CoverageTexts texts;

    GreyZoneGrid() {
        setId("grey-zones");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        addColumn(zone -> zones.indexOf(zone) + 1).setHeader(getTranslation("coverage.greyzones.column.rank")).setWidth("4rem")
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        addColumn(zone -> texts.label(zone.severity(), getLocale())).setHeader(getTranslation("coverage.greyzones.column.severity")).setFlexGrow(1);
        addColumn(zone -> zone.area().name()).setHeader(getTranslation("coverage.column.area")).setFlexGrow(1);
        addColumn(zone -> zone.role().name(getLocale())).setHeader(getTranslation("coverage.greyzones.column.role")).setFlexGrow(1);
        addColumn(zone -> texts.sentence(zone, getLocale())).setHeader(getTranslation("coverage.column.sentence")).setFlexGrow(4);
        addColumn(new ComponentRenderer<>(this::records)).setHeader(getTranslation("coverage.column.records")).setFlexGrow(2);
    }

    void show(List<GreyZone> zones, CoverageTexts texts) {
        this.zones = zones;
        this.texts = texts;
        setItems(zones);
    }

    private com.vaadin.flow.component.html.Span records(GreyZone zone) {
        Anchor[] links = zone.holders().stream()
                .map(holder -> Records.link(holder.actor().name(), Records.ASSIGNMENT, holder.assignmentId()))
                .toArray(Anchor[]::new);
        return Records.links(links);
    }
}
