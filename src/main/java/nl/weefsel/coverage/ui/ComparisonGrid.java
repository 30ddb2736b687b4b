package nl.weefsel.coverage.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.List;
import java.util.stream.Stream;
import nl.weefsel.coverage.AreaCoverage;
import nl.weefsel.coverage.CoverageTexts;

/** The areas of the map, worst covered first, with the figures behind their colour. */
final class ComparisonGrid extends Grid<AreaCoverage> {

    private List<AreaCoverage> rows = List.of();

    ComparisonGrid() {
        setId("area-comparison");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        addColumn(row -> rows.indexOf(row) + 1).setHeader(getTranslation("coverage.greyzones.column.rank")).setWidth("4rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        addColumn(new ComponentRenderer<>(row -> Records.link(row.area().name(), Records.AREA, row.area().id())))
                .setHeader(getTranslation("coverage.column.area")).setFlexGrow(2);
        addColumn(row -> row.perTenThousand() == null ? "" : number(row.perTenThousand()))
                .setHeader(getTranslation("coverage.map.column.per-10000")).setTextAlign(ColumnTextAlign.END);
        addColumn(row -> String.join(", ", row.holders())).setHeader(getTranslation("coverage.map.column.holders")).setFlexGrow(3);
        addColumn(row -> row.area().population() == null ? "" : getTranslation("coverage.population", row.area().population(),
                row.area().populationYear() == null ? "?" : String.valueOf(row.area().populationYear())))
                .setHeader(getTranslation("coverage.column.population")).setTextAlign(ColumnTextAlign.END);
        addColumn(AreaCoverage::gaps).setHeader(getTranslation("coverage.map.column.gaps")).setTextAlign(ColumnTextAlign.END);
        addColumn(AreaCoverage::unansweredNeeds).setHeader(getTranslation("coverage.whitespots.column.open-needs")).setTextAlign(ColumnTextAlign.END);
        addColumn(AreaCoverage::greyZones).setHeader(getTranslation("coverage.map.column.grey-zones")).setTextAlign(ColumnTextAlign.END);
    }

    void show(List<AreaCoverage> rows) {
        this.rows = rows;
        setItems(rows);
    }

    void select(String areaId) {
        rows.stream().filter(row -> row.area().id().equals(areaId)).findFirst().ifPresent(row -> {
            select(row);
            scrollToItem(row);
        });
    }

    String number(double value) {
        return String.format(getLocale(), "%.2f", value);
    }

    String tooltip(AreaCoverage row, CoverageTexts texts) {
        if (Choropleth.isWhiteSpot(row)) {
            return getTranslation("coverage.map.tooltip.white-spot", row.area().name());
        }
        if (row.perTenThousand() == null) {
            return getTranslation("coverage.map.tooltip.no-inhabitants", row.area().name(), String.join(", ", row.holders()));
        }
        return getTranslation("coverage.map.tooltip", row.area().name(), number(row.perTenThousand()), String.join(", ", row.holders()));
    }

    List<List<String>> rows(CoverageTexts texts) {
        var header = Stream.of("coverage.greyzones.column.rank", "coverage.column.area", "coverage.column.code", "coverage.map.column.subject",
                "coverage.map.column.per-10000", "coverage.map.column.own", "coverage.map.column.inherited", "coverage.map.column.holders", "coverage.column.population",
                "coverage.column.population-year", "coverage.map.column.gaps", "coverage.whitespots.column.open-needs", "coverage.map.column.grey-zones")
                .map(this::getTranslation).toList();
        Stream<List<String>> body = rows.stream().map(row -> List.of(String.valueOf(rows.indexOf(row) + 1), row.area().name(),
                text(row.area().code()), texts.subject(row.subject(), getLocale()),
                row.perTenThousand() == null ? "" : number(row.perTenThousand()), String.valueOf(row.ownHolders()),
                String.valueOf(row.inheritedHolders()), String.join(", ", row.holders()), text(row.area().population()),
                text(row.area().populationYear()), String.valueOf(row.gaps()), String.valueOf(row.unansweredNeeds()),
                String.valueOf(row.greyZones())));
        return Stream.concat(Stream.of(header), body).toList();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
