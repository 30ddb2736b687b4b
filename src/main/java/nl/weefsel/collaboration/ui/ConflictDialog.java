package nl.weefsel.collaboration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;

/**
 * Shown when a save is refused because someone else saved the same record after this user opened
 * it: both versions side by side, and the user decides. Nothing is overwritten until they do.
 */
class ConflictDialog extends Dialog {

    /** One field in both versions. */
    record Row(String field, String mine, String theirs) {
        boolean differs() {
            return !mine.equals(theirs);
        }
    }

    ConflictDialog(List<Row> rows, String whoSavedWhen, Runnable keepMine, Runnable takeTheirs) {
        setHeaderTitle(getTranslation("conflict.title"));
        setId("conflict-dialog");
        setWidth("min(56rem, 100vw)");
        setCloseOnOutsideClick(false);
        add(new Paragraph(getTranslation("conflict.explanation", whoSavedWhen)));
        add(comparison(rows));

        var mine = new Button(getTranslation("conflict.keep-mine"), click -> {
            close();
            keepMine.run();
        });
        mine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        mine.setId("conflict-keep-mine");
        var theirs = new Button(getTranslation("conflict.take-theirs"), click -> {
            close();
            takeTheirs.run();
        });
        theirs.setId("conflict-take-theirs");
        var back = new Button(getTranslation("conflict.back"), click -> close());
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(back, theirs, mine);
    }

    private Grid<Row> comparison(List<Row> rows) {
        var grid = new Grid<Row>();
        grid.addColumn(Row::field).setHeader(getTranslation("conflict.field")).setFlexGrow(1);
        grid.addColumn(Row::mine).setHeader(getTranslation("conflict.mine")).setFlexGrow(2);
        grid.addColumn(Row::theirs).setHeader(getTranslation("conflict.theirs")).setFlexGrow(2);
        grid.addColumn(row -> row.differs() ? getTranslation("conflict.differs") : "")
                .setHeader(getTranslation("conflict.difference")).setAutoWidth(true).setFlexGrow(0);
        grid.setPartNameGenerator(row -> row.differs() ? "differs" : null);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        // fields empty in both versions only make the choice harder to see
        grid.setItems(rows.stream().filter(row -> !(row.mine().isBlank() && row.theirs().isBlank())).toList());
        grid.setAriaLabel(getTranslation("conflict.title"));
        return grid;
    }
}
