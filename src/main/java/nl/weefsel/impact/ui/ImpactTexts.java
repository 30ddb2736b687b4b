package nl.weefsel.impact.ui;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.weefsel.actor.Actor;
import nl.weefsel.actor.ActorService;
import nl.weefsel.base.ui.Labels;
import nl.weefsel.impact.ImpactOverview;
import nl.weefsel.impact.ImpactOwner;
import nl.weefsel.impact.Sharing;
import nl.weefsel.impact.Story;

/** The words the impact pages share: the owner's name, dates, with whom a record is shared. */
final class ImpactTexts {

    private final Component host;
    private final ActorService actors;

    ImpactTexts(Component host, ActorService actors) {
        this.host = host;
        this.actors = actors;
    }

    /**
     * The owner's name for a heading: "schooltraject school – partner" for a tie with a school,
     * "samenwerking …" for another tie, "initiatief …" for an initiative; empty when it is gone.
     */
    Optional<String> title(ImpactOwner owner, ImpactOverview overview) {
        return overview.describe(owner).map(named -> type(named.type(), named.name()));
    }

    /** The same as a line of its own: with a capital. */
    String typeCapitalised(ImpactOverview.OwnerType type, String name) {
        String text = type(type, name);
        return text.substring(0, 1).toUpperCase(com.vaadin.flow.component.UI.getCurrent().getLocale()) + text.substring(1);
    }

    String type(ImpactOverview.OwnerType type, String name) {
        return host.getTranslation("impact.owner." + switch (type) {
            case SCHOOL_TRAJECTORY -> "trajectory";
            case PARTNERSHIP -> "partnership";
            case INITIATIVE -> "initiative";
        }, name);
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
