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
import nl.weefsel.coverage.CoverageService;
import nl.weefsel.coverage.CoverageTexts;
import nl.weefsel.coverage.WhiteSpot;
import nl.weefsel.coverage.WhiteSpotKind;

/** White spots, sharpest first: unanswered needs, then what nobody covers, weighed by inhabitants. */
@Route("white-spots")
@PageTitle("Weefsel")
@Menu(title = "nav.coverage.white-spots", order = 12, icon = "vaadin:circle-thin")
@PermitAll
class WhiteSpotsView extends VerticalLayout implements BeforeEnterObserver {

    private final CoverageService coverage;
    private final AreaPicker area;
    private final MultiSelectComboBox<WhiteSpotKind> kinds = new MultiSelectComboBox<>();
    private final WhiteSpotGrid grid = new WhiteSpotGrid();

    WhiteSpotsView(CoverageService coverage, AreaService areas) {
        this.coverage = coverage;
        this.area = new AreaPicker(getTranslation("coverage.filter.area"), getTranslation("coverage.filter.area.all"), areas.all());
        setWidthFull();
        kinds.setLabel(getTranslation("coverage.whitespots.filter.kinds"));
        kinds.setItems(WhiteSpotKind.values());
        kinds.setItemLabelGenerator(kind -> getTranslation("enum.WhiteSpotKind." + kind.name()));
        area.addValueChangeListener(change -> refresh());
        kinds.addValueChangeListener(change -> refresh());
        var bar = new HorizontalLayout(area, kinds, CsvDownload.ofRows("witte-vlekken.csv", getTranslation("coverage.export.csv"), this::rows));
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        add(new H1(getTranslation("coverage.whitespots.title")), new Paragraph(getTranslation("coverage.whitespots.intro")), bar, grid);
        refresh();
        LiveFindings.refresh(this, coverage, this::refresh);
    }


    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        area.select(event);
    }

    private List<WhiteSpot> spots() {
        return coverage.whiteSpots(area.areaId()).stream()
                .filter(spot -> kinds.getValue().isEmpty() || kinds.getValue().contains(spot.kind())).toList();
    }

    private void refresh() {
        grid.show(spots(), coverage.texts());
    }

    private List<List<String>> rows() {
        CoverageTexts texts = coverage.texts();
        List<WhiteSpot> spots = spots();
        var header = Stream.of("coverage.greyzones.column.rank", "coverage.whitespots.column.kind", "coverage.column.area", "coverage.column.code",
                "coverage.whitespots.column.subject", "coverage.column.population", "coverage.column.population-year", "coverage.whitespots.column.open-needs",
                "coverage.column.sentence").map(this::getTranslation).toList();
        Stream<List<String>> body = spots.stream().map(spot -> List.of(String.valueOf(spots.indexOf(spot) + 1),
                texts.label(spot.kind(), getLocale()), spot.area().name(), text(spot.area().code()), grid.subject(spot),
                text(spot.area().population()), text(spot.area().populationYear()), String.valueOf(spot.openNeeds().size()),
                texts.sentence(spot, getLocale())));
        return Stream.concat(Stream.of(header), body).toList();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
