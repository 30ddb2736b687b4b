package nl.weefsel.collaboration.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short confirmations and errors at the edge of the screen. */
final class Toasts {

    private Toasts() {
    }

    static void success(String text) {
        Notification.show(text, 3000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static void error(String text) {
        Notification.show(text, 6000, Notification.Position.BOTTOM_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
