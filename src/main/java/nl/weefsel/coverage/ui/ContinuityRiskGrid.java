package nl.weefsel.coverage.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.component.html.Anchor;
import java.util.ArrayList;
import java.util.List;
import nl.weefsel.coverage.ContinuityRisk;
import nl.weefsel.coverage.CoverageTexts;

/** Ranked continuity risks with links to the actors and the tie behind each. */
final class ContinuityRiskGrid extends Grid<ContinuityRisk> {

    private List<ContinuityRisk> risks = List.of();
    private CoverageTexts texts;

    ContinuityRiskGrid() {
        setId("continuity-risks");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        addColumn(risk -> risks.indexOf(risk) + 1).setHeader(getTranslation("coverage.greyzones.column.rank")).setWidth("4rem")
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        addColumn(risk -> texts.label(risk.kind(), getLocale())).setHeader(getTranslation("coverage.risks.column.kind")).setFlexGrow(1);
        addColumn(risk -> risk.actor().name()).setHeader(getTranslation("coverage.risks.column.actor")).setFlexGrow(1);
        addColumn(risk -> risk.cutOff().size()).setHeader(getTranslation("coverage.risks.column.at-stake")).setWidth("7rem")
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        addColumn(risk -> texts.sentence(risk, getLocale())).setHeader(getTranslation("coverage.column.sentence")).setFlexGrow(4);
        addColumn(new ComponentRenderer<>(this::records)).setHeader(getTranslation("coverage.column.records")).setFlexGrow(1);
    }

    void show(List<ContinuityRisk> risks, CoverageTexts texts) {
        this.risks = risks;
        this.texts = texts;
        setItems(risks);
    }

    private Span records(ContinuityRisk risk) {
        List<Anchor> links = new ArrayList<>();
        links.add(Records.link(risk.actor().name(), Records.ACTOR, risk.actor().id()));
        if (risk.other() != null) {
            links.add(Records.link(risk.other().name(), Records.ACTOR, risk.other().id()));
        }
        if (risk.tieId() != null) {
            links.add(Records.link(getTranslation("coverage.risks.the-tie"), Records.TIE, risk.tieId()));
        }
        return Records.links(links.toArray(Anchor[]::new));
    }
}
