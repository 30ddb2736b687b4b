package nl.weefsel.impact.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import nl.weefsel.impact.ImpactMoment;
import nl.weefsel.impact.Trend;

/** Measures down, moments across; each cell the value and its change since the previous moment and the baseline. */
class TrendTable extends Grid<String> {

    TrendTable(Trend trend, TrendTexts texts) {
        addColumn(texts::measure).setHeader(getTranslation("impact.measure")).setFrozen(true).setAutoWidth(true);
        for (ImpactMoment moment : trend.moments()) {
            addColumn(measure -> texts.cell(trend.cell(measure, moment.id()))).setHeader(moment.label()).setAutoWidth(true);
        }
        setItems(trend.measures());
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        setAriaLabel(getTranslation("impact.counting"));
        setId("impact-trend");
    }
}
