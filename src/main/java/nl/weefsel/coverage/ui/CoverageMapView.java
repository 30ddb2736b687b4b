package nl.weefsel.coverage.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.weefsel.area.Area;
import nl.weefsel.area.AreaLevel;
import nl.weefsel.base.ui.CsvDownload;
import nl.weefsel.coverage.AreaBoundary;
import nl.weefsel.coverage.AreaCoverage;
import nl.weefsel.coverage.CoverageService;
import nl.weefsel.coverage.CoverageTexts;
import nl.weefsel.coverage.Subject;
import nl.weefsel.security.AccessPolicy;
import org.springframework.beans.factory.annotation.Value;

/**
 * A map of the areas inside one area (the wijken of a municipality, the municipalities of a
 * province), coloured by how well each is covered for a role, discipline or target group, with the
 * same figures as a ranked table beside it. It needs only the areas' boundaries, no internet.
 */
@Route("coverage-map")
@PageTitle("Weefsel")
@Menu(title = "nav.coverage.map", order = 10, icon = "vaadin:map-marker")
@PermitAll
class CoverageMapView extends VerticalLayout {

    private final CoverageService coverage;
    private final ComboBox<Area> parent = new ComboBox<>();
    private final SubjectPicker subject;
    private final AreaMap map = new AreaMap();
    private final Paragraph summary = new Paragraph();
    private final ComparisonGrid table = new ComparisonGrid();

    CoverageMapView(CoverageService coverage, @Value("${weefsel.map.tile-url:}") String tileUrl,
                    @Value("${weefsel.map.tile-attribution:}") String tileAttribution, AccessPolicy access) {
        this.coverage = coverage;
        this.subject = new SubjectPicker(getTranslation("coverage.map.subject"), coverage.subjects(), coverage.texts());
        setWidthFull();
        map.setTiles(tileUrl, tileAttribution);
        map.addAreaClickListener(click -> table.select(click.areaId()));
        summary.setId("map-summary");
        summary.getElement().setAttribute("aria-live", "polite");
        add(new H1(getTranslation("coverage.map.title")), new Paragraph(getTranslation("coverage.map.intro")), filters(), map, summary,
                CsvDownload.ofRows("dekking-per-gebied.csv", getTranslation("coverage.export.csv"), () -> table.rows(coverage.texts())),
                table);
        if (access.mayChangeAreas()) {
            add(new BoundaryUpload(coverage, this::refresh));
        }
        refresh();
        LiveFindings.refresh(this, coverage, this::refresh);
    }

    private HorizontalLayout filters() {
        List<Area> parents = coverage.parents();
        parent.setLabel(getTranslation("coverage.map.parent"));
        parent.setItems(parents);
        parent.setItemLabelGenerator(Area::label);
        parent.setWidth("18rem");
        parent.setValue(parents.stream().filter(area -> "GM0599".equals(area.code())).findFirst()
                .or(() -> parents.stream().filter(area -> area.level() == AreaLevel.MUNICIPALITY).findFirst())
                .or(() -> parents.stream().findFirst()).orElse(null));
        parent.addValueChangeListener(change -> refresh());
        subject.addValueChangeListener(change -> refresh());
        var png = new Button(getTranslation("coverage.map.export.png"), VaadinIcon.PICTURE.create(),
                click -> map.exportPng("weefsel-kaart-" + (subject.getValue() == null ? "" : subject.getValue().key()) + ".png"));
        png.setId("map-export-png");
        var bar = new HorizontalLayout(parent, subject, png);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    private void refresh() {
        if (parent.getValue() == null || subject.getValue() == null) {
            summary.setText(getTranslation("coverage.map.nothing"));
            return;
        }
        CoverageTexts texts = coverage.texts();
        List<AreaCoverage> rows = coverage.compare(parent.getValue().id(), subject.getValue());
        Map<String, AreaCoverage> byId = rows.stream().collect(Collectors.toMap(row -> row.area().id(), Function.identity()));
        List<AreaBoundary> boundaries = coverage.boundaries(byId.keySet());
        var choropleth = new Choropleth(rows, legendLabels(), table::number);
        String title = getTranslation("coverage.map.legend.title", texts.subject(subject.getValue(), getLocale()));
        map.setData(MapFeatures.of(boundaries, id -> Map.of("id", id, "colour", choropleth.colour(id),
                        "tooltip", table.tooltip(byId.get(id), texts))), title, choropleth.legend(), credit(boundaries),
                getTranslation("coverage.map.summary", title, parent.getValue().name(), boundaries.size(), rows.size()));
        summary.setText(boundaries.isEmpty() ? getTranslation("coverage.map.no-boundaries", parent.getValue().name())
                : getTranslation("coverage.map.summary", title, parent.getValue().name(), boundaries.size(), rows.size()));
        table.show(rows);
    }

    private Choropleth.Labels legendLabels() {
        return new Choropleth.Labels() {
            public String whiteSpot() {
                return getTranslation("coverage.map.legend.white-spot");
            }

            public String noInhabitants() {
                return getTranslation("coverage.map.legend.no-inhabitants");
            }

            public String range(String from, String to) {
                return getTranslation("coverage.map.legend.range", from, to);
            }

            public String above(String from, String to) {
                return getTranslation("coverage.map.legend.above", from, to);
            }
        };
    }

    private String credit(List<AreaBoundary> boundaries) {
        return boundaries.stream().filter(b -> b.source() != null).max(Comparator.comparing(b -> b.year() == null ? 0 : b.year()))
                .map(b -> getTranslation("coverage.map.credit", b.source(), b.year() == null ? "" : String.valueOf(b.year())))
                .orElse("");
    }
}
