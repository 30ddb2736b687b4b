package nl.weefsel.impact.ui;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.weefsel.actor.Actor;
import nl.weefsel.actor.ActorService;
import nl.weefsel.base.ui.Labels;
import nl.weefsel.impact.ImpactOwner;
import nl.weefsel.impact.Sharing;
import nl.weefsel.impact.Story;
import nl.weefsel.initiative.InitiativeService;
import nl.weefsel.partnership.Partnership;
import nl.weefsel.partnership.PartnershipService;

/** The words the impact pages share: the owner's name, dates, with whom a record is shared. */
final class ImpactTexts {

    private final Component host;
    private final ActorService actors;

    ImpactTexts(Component host, ActorService actors) {
        this.host = host;
        this.actors = actors;
    }

    /**
     * The owner's name for a heading: "Schooltraject: school – partner" for a tie with a school,
     * "Samenwerking: …" for another tie, "Initiatief: …" for an initiative; empty when it is gone.
     */
    Optional<String> title(ImpactOwner owner, PartnershipService partnerships, InitiativeService initiatives) {
        return switch (owner.kind()) {
            case PARTNERSHIP -> partnerships.find(owner.id()).map(tie -> host.getTranslation(
                    hasSchool(tie) ? "impact.owner.trajectory" : "impact.owner.partnership", names(tie)));
            case INITIATIVE -> initiatives.find(owner.id()).map(initiative ->
                    host.getTranslation("impact.owner.initiative", initiative.name()));
        };
    }

    private boolean hasSchool(Partnership tie) {
        return actors.byIds(List.of(tie.fromActorId(), tie.toActorId())).stream().anyMatch(actor -> actor.kind().isSchool());
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
