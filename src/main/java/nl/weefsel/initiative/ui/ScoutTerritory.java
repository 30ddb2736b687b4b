package nl.weefsel.initiative.ui;

import com.vaadin.flow.server.VaadinSession;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.weefsel.area.Area;
import nl.weefsel.area.AreaLevel;
import nl.weefsel.area.AreaService;
import nl.weefsel.security.CurrentProfile;
import nl.weefsel.security.Territories;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The wijken a scout registers for, and which one the scout view starts with. {@link #territory()}
 * is the one place that decides the scout's areas: the wijken in the signed-in user's territories
 * (a coordinator's municipality holds many, a scout's assignment one or two); every wijk for a
 * user without territories, whom the service then refuses or allows as its rules say.
 */
@Component
class ScoutTerritory {

    private static final String LAST_USED = ScoutTerritory.class.getName() + ".last";

    private final AreaService areas;
    private final Territories territories;
    private final CurrentProfile current;

    ScoutTerritory(AreaService areas, Territories territories, CurrentProfile current) {
        this.areas = areas;
        this.territories = territories;
        this.current = current;
    }

    /** The wijken the current user registers for. */
    List<Area> territory() {
        Set<String> covered = territories.areaIds(current.get());
        List<Area> wijken = areas.all().stream().filter(area -> area.level() == AreaLevel.WIJK)
                .sorted(Comparator.comparing(Area::name)).toList();
        List<Area> own = wijken.stream().filter(area -> covered.contains(area.id())).toList();
        return own.isEmpty() ? wijken : own;
    }

    /**
     * The area to start with: the one asked for by CBS code ({@code ?wijk=WK059903}, for a bookmark on
     * the phone), else the last one used in this session, else the first wijk of the user's own territory.
     */
    Optional<Area> preselected(List<Area> territory, @Nullable String requestedCode) {
        Object last = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getAttribute(LAST_USED);
        boolean own = !territories.areaIds(current.get()).isEmpty();
        return territory.stream().filter(area -> area.code() != null && area.code().equalsIgnoreCase(requestedCode)).findFirst()
                .or(() -> territory.stream().filter(area -> area.id().equals(last)).findFirst())
                .or(() -> own ? territory.stream().findFirst() : Optional.empty());
    }

    void remember(Area area) {
        if (VaadinSession.getCurrent() != null) {
            VaadinSession.getCurrent().setAttribute(LAST_USED, area.id());
        }
    }
}
