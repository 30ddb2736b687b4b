package nl.weefsel.exchange.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.HashSet;
import java.util.Set;
import nl.weefsel.exchange.DuplicateCandidate;
import nl.weefsel.exchange.ImportPreview;
import nl.weefsel.exchange.ImportProblem;

/** The preview: how many rows, every problem by row and column, and the rows that look like actors Weefsel has. */
class ImportPreviewPanel extends VerticalLayout {

    private final Set<Integer> createAnyway = new HashSet<>();

    ImportPreviewPanel(ImportPreview preview) {
        setPadding(false);
        var summary = new Span(preview.problemCount() == 0
                ? getTranslation("import.summary.clean", preview.rows(), preview.readAs())
                : getTranslation("import.summary.problems", preview.rows(), preview.problemCount(), preview.readAs()));
        summary.setId("import-summary");
        add(summary);
        if (!preview.problems().isEmpty()) {
            add(new H3(getTranslation("import.problems")), problems(preview));
        }
        if (!preview.duplicates().isEmpty()) {
            add(new H3(getTranslation("import.duplicates")), new Span(getTranslation("import.duplicates.hint")), duplicates(preview));
        }
    }

    /** Rows the user chose to add as new actors although they look like existing ones. */
    Set<Integer> createAnyway() {
        return Set.copyOf(createAnyway);
    }

    private Grid<ImportProblem> problems(ImportPreview preview) {
        var grid = new Grid<ImportProblem>();
        grid.addColumn(ImportProblem::row).setHeader(getTranslation("import.problem.row")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ImportProblem::column).setHeader(getTranslation("import.problem.column")).setAutoWidth(true);
        grid.addColumn(problem -> getTranslation("import.problem." + problem.type().name(), problem.value()))
                .setHeader(getTranslation("import.problem.what")).setFlexGrow(3);
        grid.setItems(preview.problems());
        grid.setId("import-problems");
        grid.setAllRowsVisible(preview.problems().size() <= 12);
        grid.setHeight(preview.problems().size() <= 12 ? null : "24em");
        return grid;
    }

    private Grid<DuplicateCandidate> duplicates(ImportPreview preview) {
        var grid = new Grid<DuplicateCandidate>();
        grid.addColumn(DuplicateCandidate::row).setHeader(getTranslation("import.problem.row")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(DuplicateCandidate::name).setHeader(getTranslation("import.duplicates.row-name"));
        grid.addColumn(DuplicateCandidate::existingName).setHeader(getTranslation("import.duplicates.existing"));
        grid.addColumn(candidate -> getTranslation("import.field." + candidate.reason())).setHeader(getTranslation("import.duplicates.same"));
        grid.addComponentColumn(candidate -> {
            var create = new Checkbox(getTranslation("import.duplicates.create"));
            create.addValueChangeListener(change -> {
                if (change.getValue()) {
                    createAnyway.add(candidate.row());
                } else {
                    createAnyway.remove(candidate.row());
                }
            });
            return create;
        }).setAutoWidth(true);
        grid.setItems(preview.duplicates());
        grid.setAllRowsVisible(preview.duplicates().size() <= 12);
        grid.setId("import-duplicates");
        return grid;
    }
}
