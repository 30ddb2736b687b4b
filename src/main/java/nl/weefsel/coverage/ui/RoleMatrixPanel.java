package nl.weefsel.coverage.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.ArrayList;
import java.util.List;
import nl.weefsel.area.Area;
import nl.weefsel.base.ui.CsvDownload;
import nl.weefsel.coverage.ActorRef;
import nl.weefsel.coverage.CoverageService;
import nl.weefsel.coverage.CoverageTexts;
import nl.weefsel.coverage.Holder;
import nl.weefsel.coverage.RoleMatrix;
import nl.weefsel.coverage.RoleOverlap;
import org.jspecify.annotations.Nullable;

/** Who holds which role in one area (roles down, actors across), and which actors' role sets overlap. */
final class RoleMatrixPanel extends VerticalLayout {

    private final CoverageService coverage;

    RoleMatrixPanel(CoverageService coverage) {
        this.coverage = coverage;
        setPadding(false);
        setId("role-matrix-panel");
    }

    void show(@Nullable Area area, CoverageTexts texts) {
        removeAll();
        if (area == null) {
            add(new Paragraph(getTranslation("coverage.matrix.choose-area")));
            return;
        }
        RoleMatrix matrix = coverage.roleMatrix(area.id());
        add(new H2(getTranslation("coverage.matrix.title", area.name())), new Paragraph(getTranslation("coverage.matrix.intro")),
                grid(matrix, texts), CsvDownload.ofRows("rolverdeling-" + (area.code() == null ? area.id() : area.code()) + ".csv",
                        getTranslation("coverage.export.csv"), () -> rows(matrix, texts)),
                new H3(getTranslation("coverage.matrix.overlaps")), overlaps(matrix.overlaps()));
    }

    private Grid<RoleMatrix.Row> grid(RoleMatrix matrix, CoverageTexts texts) {
        var grid = new Grid<RoleMatrix.Row>();
        grid.setId("role-matrix");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setAllRowsVisible(true);
        grid.addColumn(row -> row.role().name(getLocale())).setHeader(getTranslation("coverage.greyzones.column.role")).setFrozen(true)
                .setWidth("16rem").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(row -> severity(row, texts)))
                .setHeader(getTranslation("coverage.greyzones.column.severity")).setWidth("12rem").setFlexGrow(0).setFrozen(true);
        for (ActorRef actor : matrix.actors()) {
            grid.addColumn(row -> row.holder(actor.id()).map(holder -> cell(holder, texts)).orElse(""))
                    .setHeader(actor.name()).setWidth("9rem");
        }
        grid.setItems(matrix.rows());
        return grid;
    }

    private Span severity(RoleMatrix.Row row, CoverageTexts texts) {
        var badge = new Span(row.severity() == null ? "" : texts.label(row.severity(), getLocale()));
        if (row.severity() != null) {
            badge.addClassName("weefsel-grey-zone");
            badge.getStyle().set("display", "inline-block").set("padding", "0 var(--lumo-space-xs)")
                    .set("border-radius", "var(--lumo-border-radius-s)").setBackgroundColor("#fde2c8").setColor("#7c2d12");
        }
        return badge;
    }

    private String cell(Holder holder, CoverageTexts texts) {
        String basis = texts.label(holder.basis(), getLocale());
        return holder.inherited() ? getTranslation("coverage.matrix.inherited", basis, holder.assignedIn().name()) : basis;
    }

    private UnorderedList overlaps(List<RoleOverlap> overlaps) {
        var list = new UnorderedList();
        list.setId("role-overlaps");
        if (overlaps.isEmpty()) {
            list.add(new ListItem(getTranslation("coverage.matrix.no-overlap")));
        }
        for (RoleOverlap overlap : overlaps) {
            list.add(new ListItem(getTranslation("coverage.matrix.overlap", overlap.first().name(), overlap.second().name(),
                    overlap.shared().size(), String.join(", ", overlap.shared().stream().map(role -> role.name(getLocale())).toList()),
                    overlap.jaccard())));
        }
        return list;
    }

    private List<List<String>> rows(RoleMatrix matrix, CoverageTexts texts) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(getTranslation("coverage.greyzones.column.role")));
        matrix.actors().forEach(actor -> header.add(actor.name()));
        header.add(getTranslation("coverage.greyzones.column.severity"));
        rows.add(header);
        for (RoleMatrix.Row row : matrix.rows()) {
            List<String> cells = new ArrayList<>(List.of(row.role().name(getLocale())));
            matrix.actors().forEach(actor -> cells.add(row.holder(actor.id()).map(h -> cell(h, texts)).orElse("")));
            cells.add(row.severity() == null ? "" : texts.label(row.severity(), getLocale()));
            rows.add(cells);
        }
        return rows;
    }
}
