package nl.weefsel.collaboration.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.VaadinService;
import java.util.List;
import java.util.stream.Collectors;
import nl.weefsel.collaboration.PresenceRegistry;
import nl.weefsel.collaboration.PresenceRegistry.Participant;
import org.jspecify.annotations.Nullable;

/**
 * "Anna bekijkt dit ook": the others who have the same record — or the same list, or the network of
 * the same area — open, as avatars and one line of text.
 */
public class PresenceBar extends HorizontalLayout {

    private final AvatarGroup avatars = new AvatarGroup();
    private final Span text = new Span();
    private final PresenceRegistry registry;
    private String topic;
    private PresenceRegistry.@Nullable Membership membership;
    private @Nullable UI ui;
    private boolean editing;

    public PresenceBar(PresenceRegistry registry, String topic) {
        this.registry = registry;
        this.topic = topic;
        addClassName("weefsel-presence");
        setAlignItems(FlexComponent.Alignment.CENTER);
        setVisible(false);
        avatars.setMaxItemsVisible(4);
        text.getElement().setAttribute("aria-live", "polite");
        add(avatars, text);
        addAttachListener(attach -> {
            ui = attach.getUI();
            join();
        });
        addDetachListener(detach -> {
            leave();
            ui = null;
        });
    }

    /**
     * The others on the same page, e.g. {@code "actors"} for the list of actors; for views that have
     * no {@link PresenceRegistry} at hand.
     */
    public static PresenceBar onPage(String page) {
        var bar = new PresenceBar(VaadinService.getCurrent().getInstantiator().getOrCreate(PresenceRegistry.class), "page:" + page);
        bar.setId("page-presence");
        return bar;
    }

    /** Moves to another topic, e.g. when the network view turns to another area. */
    public void setTopic(String topic) {
        if (topic.equals(this.topic)) {
            return;
        }
        this.topic = topic;
        if (ui != null) {
            leave();
            join();
        }
    }

    private void join() {
        UI current = java.util.Objects.requireNonNull(ui);
        String joined = topic;
        membership = registry.join(joined, Viewers.currentName(this), participants -> LiveUpdates.access(current, () -> {
            if (joined.equals(topic)) { // not news from a topic left since
                show(participants);
            }
        }));
        membership.editing(editing);
    }

    private void leave() {
        if (membership != null) {
            membership.leave();
            membership = null;
        }
        setVisible(false);
    }

    public void setEditing(boolean editing) {
        this.editing = editing;
        if (membership != null) {
            membership.editing(editing);
        }
    }

    private void show(List<Participant> participants) {
        String self = membership == null ? "" : membership.id();
        List<Participant> others = participants.stream().filter(p -> !p.id().equals(self)).toList();
        setVisible(!others.isEmpty());
        avatars.setItems(others.stream().map(p -> new AvatarGroup.AvatarGroupItem(p.name())).toList());
        if (others.size() == 1) {
            Participant other = others.getFirst();
            text.setText(getTranslation(other.editing() ? "presence.one.editing" : "presence.one", other.name()));
        } else {
            text.setText(getTranslation("presence.many", others.stream()
                    .map(p -> p.editing() ? getTranslation("presence.name.editing", p.name()) : p.name())
                    .collect(Collectors.joining(", "))));
        }
    }
}
