package nl.weefsel.coverage.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.Stream;
import nl.weefsel.area.AreaService;
import nl.weefsel.base.ui.CsvDownload;
import nl.weefsel.coverage.ActorRef;
import nl.weefsel.coverage.ContinuityRisk;
import nl.weefsel.coverage.ContinuityRiskKind;
import nl.weefsel.coverage.CoverageService;
import nl.weefsel.coverage.CoverageTexts;

/** Continuity risks, the most actors at stake first: who or which tie the network hangs on. */
@Route("continuity")
@PageTitle("Weefsel")
@Menu(title = "nav.coverage.continuity", order = 13, icon = "vaadin:unlink")
@PermitAll
class ContinuityView extends VerticalLayout implements BeforeEnterObserver {

    private final CoverageService coverage;
    private final AreaPicker area;
    private final MultiSelectComboBox<ContinuityRiskKind> kinds = new MultiSelectComboBox<>();
    private final ContinuityRiskGrid grid = new ContinuityRiskGrid();

    ContinuityView(CoverageService coverage, AreaService areas) {
        this.coverage = coverage;
        this.area = new AreaPicker(getTranslation("coverage.filter.area"), getTranslation("coverage.filter.area.all"), areas.all());
        setWidthFull();
        kinds.setLabel(getTranslation("coverage.risks.filter.kinds"));
        kinds.setItems(ContinuityRiskKind.values());
        kinds.setItemLabelGenerator(kind -> getTranslation("enum.ContinuityRiskKind." + kind.name()));
        area.addValueChangeListener(change -> refresh());
        kinds.addValueChangeListener(change -> refresh());
        var bar = new HorizontalLayout(area, kinds, CsvDownload.ofRows("continuiteitsrisicos.csv", getTranslation("coverage.export.csv"), this::rows));
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        add(new H1(getTranslation("coverage.risks.title")), new Paragraph(getTranslation("coverage.risks.intro")), bar, grid);
        refresh();
        LiveFindings.refresh(this, coverage, this::refresh);
    }


    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        area.select(event);
    }

    private List<ContinuityRisk> risks() {
        return coverage.continuityRisks(area.areaId()).stream()
                .filter(risk -> kinds.getValue().isEmpty() || kinds.getValue().contains(risk.kind())).toList();
    }

    private void refresh() {
        grid.show(risks(), coverage.texts());
    }

    private List<List<String>> rows() {
        CoverageTexts texts = coverage.texts();
        List<ContinuityRisk> risks = risks();
        var header = Stream.of("coverage.greyzones.column.rank", "coverage.risks.column.kind", "coverage.risks.column.actor", "coverage.risks.column.other",
                "coverage.risks.column.cut-off", "coverage.risks.column.constraint", "coverage.column.sentence", "coverage.risks.column.tie")
                .map(this::getTranslation).toList();
        Stream<List<String>> body = risks.stream().map(risk -> List.of(String.valueOf(risks.indexOf(risk) + 1),
                texts.label(risk.kind(), getLocale()), risk.actor().name(), risk.other() == null ? "" : risk.other().name(),
                String.join(", ", risk.cutOff().stream().map(ActorRef::name).toList()),
                risk.constraint() == null ? "" : String.format(getLocale(), "%.3f", risk.constraint()),
                texts.sentence(risk, getLocale()), risk.tieId() == null ? "" : risk.tieId()));
        return Stream.concat(Stream.of(header), body).toList();
    }
}
