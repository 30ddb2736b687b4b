package nl.weefsel.impact.ui;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.weefsel.actor.Actor;
import nl.weefsel.actor.ActorService;
import nl.weefsel.base.ui.Labels;
import nl.weefsel.impact.Sharing;
import nl.weefsel.impact.Story;
import nl.weefsel.partnership.Partnership;

/** The words the impact pages share: the partnership's name, dates, with whom a record is shared. */
final class ImpactTexts {

    private final Component host;
    private final ActorService actors;

    ImpactTexts(Component host, ActorService actors) {
        this.host = host;
        this.actors = actors;
    }

    String names(Partnership tie) {
        Map<String, String> names = actors.byIds(List.of(tie.fromActorId(), tie.toActorId())).stream()
                .collect(Collectors.toMap(Actor::id, Actor::name));
        return names.getOrDefault(tie.fromActorId(), "?") + " – " + names.getOrDefault(tie.toActorId(), "?");
    }

    String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(com.vaadin.flow.component.UI.getCurrent().getLocale()).format(date);
    }

    String sharing(Sharing sharing) {
        if (sharing.isPrivate()) {
            return host.getTranslation("impact.sharing.private");
        }
        List<String> with = new ArrayList<>();
        if (sharing.municipality()) {
            with.add(host.getTranslation("impact.sharing.municipality"));
        }
        if (sharing.funderId() != null) {
            with.add(actors.find(sharing.funderId()).map(Actor::name).orElse("?"));
        }
        return host.getTranslation("impact.sharing.with", String.join(", ", with));
    }

    String storyTitle(Story story) {
        return Labels.of(story.perspective()) + ", " + date(story.date());
    }
}
