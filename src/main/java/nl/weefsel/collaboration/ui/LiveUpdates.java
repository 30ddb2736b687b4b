package nl.weefsel.collaboration.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import nl.weefsel.base.RecordChanged;
import nl.weefsel.collaboration.ChangeBroadcaster;

/**
 * Brings committed changes into a component while it is on screen: subscribes when it is
 * attached, unsubscribes when it is detached, and runs the handler in the component's UI through
 * {@code ui.access}, which push then sends to the browser.
 */
public final class LiveUpdates {

    private LiveUpdates() {
    }

    public static void subscribe(Component owner, ChangeBroadcaster broadcaster, Predicate<RecordChanged> wanted,
                                 Consumer<List<RecordChanged>> handler) {
        owner.addAttachListener(attach -> {
            UI ui = attach.getUI();
            Registration subscription = broadcaster.subscribe(wanted, batch -> access(ui, () -> handler.accept(batch)));
            owner.addDetachListener(detach -> {
                subscription.remove();
                detach.unregisterListener();
            });
        });
    }

    /** Changes of these kinds of record, e.g. "Actor". */
    public static Predicate<RecordChanged> ofKinds(String... kinds) {
        Set<String> wanted = Set.of(kinds);
        return change -> wanted.contains(change.kind());
    }

    static void access(UI ui, Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException e) {
            // the browser left between the change and its delivery: nothing to show
        }
    }
}
