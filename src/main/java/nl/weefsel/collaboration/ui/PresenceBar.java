package nl.weefsel.collaboration.ui;

import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.stream.Collectors;
import nl.weefsel.collaboration.PresenceRegistry;
import nl.weefsel.collaboration.PresenceRegistry.Participant;
import org.jspecify.annotations.Nullable;

/** "Anna bekijkt dit ook": the others who have the same record open, as avatars and one line of text. */
public class PresenceBar extends HorizontalLayout {

    private final AvatarGroup avatars = new AvatarGroup();
    private final Span text = new Span();
    private PresenceRegistry.@Nullable Membership membership;
    private boolean editing;

    public PresenceBar(PresenceRegistry registry, String topic) {
        addClassName("weefsel-presence");
        setAlignItems(FlexComponent.Alignment.CENTER);
        setVisible(false);
        avatars.setMaxItemsVisible(4);
        text.getElement().setAttribute("aria-live", "polite");
        add(avatars, text);
        addAttachListener(attach -> {
            var ui = attach.getUI();
            membership = registry.join(topic, Viewers.currentName(this),
                    participants -> LiveUpdates.access(ui, () -> show(participants)));
            membership.editing(editing);
        });
        addDetachListener(detach -> {
            if (membership != null) {
                membership.leave();
                membership = null;
            }
        });
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
