package nl.weefsel.coverage.ui;

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
import nl.weefsel.coverage.CoverageService;
import nl.weefsel.coverage.CoverageTexts;
import nl.weefsel.coverage.GreyZone;
import nl.weefsel.coverage.Holder;

/** Grey zones, hardest first, and the role × actor matrix of the chosen area. */
@Route("grey-zones")
@PageTitle("Weefsel")
@Menu(title = "nav.coverage.grey-zones", order = 11, icon = "vaadin:adjust")
@PermitAll
class GreyZonesView extends VerticalLayout implements BeforeEnterObserver {

    private final CoverageService coverage;
    private final AreaPicker area;
    private final GreyZoneGrid grid = new GreyZoneGrid();
    private final RoleMatrixPanel matrix;

    GreyZonesView(CoverageService coverage, AreaService areas) {
        this.coverage = coverage;
        this.area = new AreaPicker(getTranslation("coverage.filter.area"), getTranslation("coverage.filter.area.all"), areas.all());
        this.matrix = new RoleMatrixPanel(coverage);
        setWidthFull();
        area.addValueChangeListener(change -> refresh());
        var bar = new HorizontalLayout(area, CsvDownload.ofRows("grijze-gebieden.csv", getTranslation("coverage.export.csv"), this::rows));
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H1(getTranslation("coverage.greyzones.title")), new Paragraph(getTranslation("coverage.greyzones.intro")), bar, grid, matrix);
        refresh();
        LiveFindings.refresh(this, coverage, this::refresh);
    }


    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        area.select(event);
    }

    private void refresh() {
        CoverageTexts texts = coverage.texts();
        grid.show(coverage.greyZones(area.areaId()), texts);
        matrix.show(area.getValue(), texts);
    }

    private List<List<String>> rows() {
        CoverageTexts texts = coverage.texts();
        List<GreyZone> zones = coverage.greyZones(area.areaId());
        var header = Stream.of("coverage.greyzones.column.rank", "coverage.greyzones.column.severity", "coverage.column.area", "coverage.column.code",
                "coverage.greyzones.column.role", "coverage.greyzones.column.holders", "coverage.column.sentence", "coverage.greyzones.column.assignments")
                .map(this::getTranslation).toList();
        Stream<List<String>> body = zones.stream().map(zone -> List.of(String.valueOf(zones.indexOf(zone) + 1),
                texts.label(zone.severity(), getLocale()), zone.area().name(), zone.area().code() == null ? "" : zone.area().code(),
                zone.role().name(getLocale()),
                String.join(", ", zone.holders().stream().map(holder -> texts.holder(holder, getLocale())).toList()),
                texts.sentence(zone, getLocale()),
                String.join(" ", zone.holders().stream().map(Holder::assignmentId).toList())));
        return Stream.concat(Stream.of(header), body).toList();
    }
}
