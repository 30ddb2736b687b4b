package nl.weefsel.impact.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks before something is removed for good; Cancel is the default way out (Escape). */
final class Confirmation {

    private Confirmation() {
    }

    static void ask(String title, String text, String confirmText, Runnable confirmed) {
        var dialog = new ConfirmDialog(title, text, confirmText, event -> confirmed.run());
        dialog.setCancelable(true);
        dialog.setCancelText(UI.getCurrent().getTranslation("impact.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }
}
