package nl.weefsel.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import java.util.function.Consumer;
import nl.weefsel.base.NotFoundException;

/**
 * Deep links into the editing views: {@code actors?record=ID} opens the list of actors with that
 * actor's dialog open, so a finding, a history entry or a link in an e-mail leads straight to the
 * record where it can be corrected. The list views call {@link #openRequested} when entered.
 */
public final class RecordLinks {

    static final String PARAMETER = "record";

    private RecordLinks() {
    }

    /** The location of a record in the editing view at {@code route}, for a router link or an anchor. */
    public static String to(String route, String id) {
        return route + "?" + QueryParameters.of(PARAMETER, id).getQueryString();
    }

    /**
     * Opens the record the location asks for, if any. A record that no longer exists gives the same
     * message as anywhere else instead of an error page: the list is still useful.
     */
    public static void openRequested(BeforeEnterEvent event, Consumer<String> open) {
        event.getLocation().getQueryParameters().getSingleParameter(PARAMETER).ifPresent(id -> {
            try {
                open.accept(id);
            } catch (NotFoundException gone) {
                Notification.show(event.getUI().getTranslation("error.not-found"), 6000, Notification.Position.BOTTOM_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
    }

    /**
     * A link inside a grid row that selecting the row would otherwise swallow: it navigates in the
     * app, and the click does not open the row's record dialog. The core's lists link to the impact
     * pages this way, by address, since the core does not depend on the features built on it.
     * {@code accessibleName} says which row's link it is, for a screen reader's list of links.
     */
    public static com.vaadin.flow.component.html.Anchor inRow(String href, String text, String accessibleName) {
        var link = new com.vaadin.flow.component.html.Anchor(href, text);
        link.getElement().setAttribute("aria-label", accessibleName); // every row's link reads alike otherwise
        link.getElement().setAttribute("router-link", true);
        link.getElement().addEventListener("click", click -> { }).stopPropagation();
        return link;
    }
}
