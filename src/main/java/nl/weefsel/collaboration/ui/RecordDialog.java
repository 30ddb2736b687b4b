package nl.weefsel.collaboration.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import nl.weefsel.audit.ui.ChangeTexts;
import nl.weefsel.audit.ui.HistoryFeed;
import nl.weefsel.base.ConcurrentEditException;
import nl.weefsel.base.InvalidInputException;
import nl.weefsel.base.RecordChanged;
import org.jspecify.annotations.Nullable;

/**
 * Creates or edits one record in a dialog: the feature's form, and around it what every record
 * shares — validation messages at the field, the conflict dialog when someone else saved first,
 * end and delete, who else has it open, its history, and live notice of other people's changes.
 */
public class RecordDialog<R, D> extends Dialog {

    private final RecordOps<R, D> ops;
    private final RecordForm<D> form;
    private final Collaboration collaboration;
    private final Consumer<R> onChange;
    private final ChangeTexts texts = new ChangeTexts(this);
    private final Paragraph notice = new Paragraph();
    private final Paragraph provenance = new Paragraph();
    private final Button save = new Button(getTranslation("editing.save"), click -> save());
    private final Button end = new Button(getTranslation("editing.end"), click -> askEnd());
    private final Button delete = new Button(getTranslation("editing.delete"), click -> askDelete());
    private final Button cancel = new Button(getTranslation("editing.cancel"), click -> close());
    private final Button confirm = new Button(getTranslation("editing.confirm"), click -> confirm());
    private @Nullable R record;
    private @Nullable PresenceBar presence;
    private @Nullable HistoryFeed history;
    private boolean filling;
    private boolean dirty;

    /** @param onChange told of the record as saved, ended or deleted */
    public RecordDialog(RecordOps<R, D> ops, RecordForm<D> form, Collaboration collaboration, @Nullable R record,
                        D initial, Consumer<R> onChange) {
        this.ops = ops;
        this.form = form;
        this.collaboration = collaboration;
        this.onChange = onChange;
        this.record = record;
        addClassName("weefsel-record-dialog");
        setId("record-dialog");
        setWidth("min(48rem, 100vw)");
        setHeaderTitle(record == null ? getTranslation("editing.new", texts.kind(ops.kind())) : ops.shape.title().apply(record));
        notice.addClassName("weefsel-notice");
        notice.getElement().setAttribute("role", "status");
        notice.setVisible(false);
        provenance.addClassName("weefsel-provenance");
        add(body());
        footerButtons();
        form.fields().forEach((name, field) -> {
            ((Component) field).setId("field-" + name); // stable handles for browser tests
            field.addValueChangeListener(change -> {
                if (!filling) {
                    markDirty();
                }
            });
        });
        fill(initial);
        if (record != null) {
            LiveUpdates.subscribe(this, collaboration.broadcaster(),
                    change -> change.kind().equals(ops.kind()) && change.id().equals(id()), batch -> onRemote(batch.getLast()));
            show(record);
        }
    }

    private Component body() {
        var body = new VerticalLayout();
        body.setPadding(false);
        body.setSpacing(false);
        if (record != null) {
            presence = new PresenceBar(collaboration.presence(), ops.kind() + ":" + id());
            history = new HistoryFeed(collaboration.history(), id());
            body.add(presence, notice, provenance);
            var tabs = new TabSheet();
            tabs.add(getTranslation("editing.tab.details"), form.component());
            tabs.add(getTranslation("editing.tab.history"), history);
            tabs.setWidthFull();
            body.add(tabs);
        } else {
            body.add(notice, form.component());
        }
        return body;
    }

    private void footerButtons() {
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("record-save");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.setId("record-cancel");
        end.setId("record-end");
        end.setVisible(false);
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.setId("record-delete");
        delete.setVisible(false);
        confirm.setId("record-confirm");
        confirm.setVisible(false);
        getFooter().add(delete, end, confirm, cancel, save);
    }

    private void save() {
        FieldProblems.clear(form);
        try {
            D mine = form.read();
            if (record == null) {
                done(ops.create.apply(mine), "editing.saved");
            } else {
                saveOn(version(), mine);
            }
        } catch (InvalidInputException refused) {
            showProblem(refused);
        }
    }

    /** Saves on top of {@code expectedVersion}; when someone else saved first, the user chooses. */
    private void saveOn(long expectedVersion, D mine) {
        try {
            done(ops.update.apply(id(), expectedVersion, mine), "editing.saved");
        } catch (InvalidInputException refused) {
            showProblem(refused);
        } catch (ConcurrentEditException conflict) {
            resolve(mine, theirs -> saveOn(ops.shape.version().applyAsLong(theirs), mine));
        }
    }

    private void resolve(D mine, Consumer<R> keepMine) {
        R theirs = ops.find.apply(id()).orElse(null);
        if (theirs == null) {
            showNotice(getTranslation("editing.gone"));
            save.setEnabled(false);
            return;
        }
        var audit = ops.shape.audit().apply(theirs);
        String who = getTranslation("history.byline", audit.updatedBy() == null ? "?" : audit.updatedBy(),
                audit.updatedAt() == null ? "" : texts.time(audit.updatedAt()));
        List<ConflictDialog.Row> rows = FormComparison.rows(form, mine, ops.shape.data().apply(theirs), this::quietly);
        new ConflictDialog(rows, who, () -> keepMine.accept(theirs), () -> show(theirs)).open();
    }

    private void askEnd() {
        if (dirty) {
            Toasts.error(getTranslation("editing.end.unsaved"));
            return;
        }
        new EndDialog(ops.shape.title().apply(current()), day -> endOn(day, version())).open();
    }

    private void endOn(LocalDate day, long expectedVersion) {
        try {
            done(ops.end.apply(id(), expectedVersion, day), "editing.ended");
        } catch (InvalidInputException refused) {
            Toasts.error(Problems.text(this, refused));
        } catch (ConcurrentEditException conflict) {
            resolve(ops.shape.data().apply(current()), theirs -> endOn(day, ops.shape.version().applyAsLong(theirs)));
        }
    }

    private void confirm() {
        if (dirty) {
            Toasts.error(getTranslation("editing.confirm.unsaved"));
            return;
        }
        try {
            done(java.util.Objects.requireNonNull(ops.confirm).apply(id(), version()), "editing.confirmed");
        } catch (ConcurrentEditException conflict) {
            ops.find.apply(id()).ifPresent(this::show);
            showNotice(getTranslation("editing.confirm.conflict"));
        }
    }

    private void askDelete() {
        var confirm = new ConfirmDialog(getTranslation("editing.delete.title"),
                getTranslation("editing.delete.text", ops.shape.title().apply(current())),
                getTranslation("editing.delete"), click -> delete());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("editing.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void delete() {
        try {
            java.util.Objects.requireNonNull(ops.delete).accept(id());
            done(current(), "editing.deleted");
        } catch (InvalidInputException refused) {
            Toasts.error(getTranslation("error.invalid", Problems.text(this, refused)));
        }
    }

    private void done(R result, String message) {
        close();
        Toasts.success(getTranslation(message));
        onChange.accept(result);
    }

    private void onRemote(RecordChanged change) {
        if (history != null) {
            history.refresh();
        }
        if (change.change() == RecordChanged.Change.DELETED) {
            showNotice(getTranslation("editing.remote.deleted", change.by()));
            save.setEnabled(false);
            end.setEnabled(false);
            return;
        }
        R after = ops.shape.type().cast(change.after());
        if (ops.shape.version().applyAsLong(after) == version()) {
            return; // what this dialog already shows
        }
        if (dirty) {
            showNotice(getTranslation("editing.remote.changed", change.by()));
        } else {
            show(after);
            showNotice(getTranslation("editing.remote.reloaded", change.by()));
        }
    }

    private void show(R shown) {
        record = shown;
        fill(ops.shape.data().apply(shown));
        notice.setVisible(false);
        var validity = ops.validity == null ? null : ops.validity.apply(shown);
        boolean editable = ops.mayEdit.test(shown);
        form.fields().values().forEach(field -> field.setReadOnly(!editable));
        save.setVisible(editable);
        cancel.setText(getTranslation(editable ? "editing.cancel" : "editing.close"));
        end.setVisible(editable && ops.end != null && validity != null && validity.until() == null);
        delete.setVisible(ops.delete != null && ops.mayDelete.test(shown));
        confirm.setVisible(ops.confirm != null && ops.mayConfirm.test(shown));
        if (ops.provenance != null) {
            var asserted = ops.provenance.apply(shown);
            provenance.setText(getTranslation("editing.provenance", asserted.assertedBy(), texts.time(asserted.assertedAt()),
                    asserted.source() == null ? getTranslation("editing.provenance.no-source") : asserted.source()));
        }
        provenance.setVisible(ops.provenance != null);
    }

    /** Runs {@code change} on the form without taking it for the user's editing. */
    private void quietly(Runnable change) {
        filling = true;
        try {
            change.run();
        } finally {
            filling = false;
        }
    }

    private void fill(D data) {
        quietly(() -> form.fill(data));
        dirty = false;
        if (presence != null) {
            presence.setEditing(false);
        }
    }

    private void markDirty() {
        dirty = true;
        if (presence != null) {
            presence.setEditing(true);
        }
    }

    private void showProblem(InvalidInputException refused) {
        if (!FieldProblems.show(form, refused)) {
            Toasts.error(getTranslation("error.invalid", Problems.text(this, refused)));
        }
    }

    private void showNotice(String text) {
        notice.setText(text);
        notice.setVisible(true);
    }

    private R current() {
        return java.util.Objects.requireNonNull(record);
    }

    private String id() {
        return ops.shape.id().apply(current());
    }

    private long version() {
        return ops.shape.version().applyAsLong(current());
    }
}
