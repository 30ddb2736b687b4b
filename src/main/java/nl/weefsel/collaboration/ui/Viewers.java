package nl.weefsel.collaboration.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.VaadinSession;
import java.util.concurrent.atomic.AtomicInteger;
import nl.weefsel.base.CurrentUser;

/** The name under which this browser session appears to others. */
final class Viewers {

    private static final String GUEST = Viewers.class.getName() + ".guest";
    private static final AtomicInteger GUESTS = new AtomicInteger();

    private Viewers() {
    }

    /** The signed-in user's name; before sign-in exists, "Gast 3" — one number per browser session. */
    static String currentName(Component host) {
        String name = CurrentUser.name();
        if (!CurrentUser.SYSTEM.equals(name)) {
            return name;
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return name;
        }
        Object guest = session.getAttribute(GUEST);
        if (guest == null) {
            guest = GUESTS.incrementAndGet();
            session.setAttribute(GUEST, guest);
        }
        return host.getTranslation("presence.guest", guest);
    }
}
