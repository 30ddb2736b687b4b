package nl.weefsel.initiative.ui;

import com.vaadin.flow.server.VaadinSession;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.weefsel.area.Area;
import nl.weefsel.area.AreaLevel;
import nl.weefsel.area.AreaService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The wijken a scout registers for, and which one the scout view starts with. {@link #territory()}
 * is the one place that decides the scout's areas: until sign-in carries the user's territories
 * (issue #6) it is every wijk; then it becomes the areas of the signed-in scout's assignment.
 */
@Component
class ScoutTerritory {

    private static final String LAST_USED = ScoutTerritory.class.getName() + ".last";

    private final AreaService areas;

    ScoutTerritory(AreaService areas) {
        this.areas = areas;
    }

    /** The areas the current user registers for. */
    List<Area> territory() {
        return areas.all().stream().filter(area -> area.level() == AreaLevel.WIJK)
                .sorted(Comparator.comparing(Area::name)).toList();
    }

    /**
     * The area to start with: the one asked for by CBS code ({@code ?wijk=WK059903}, for a bookmark on
     * the phone), else the last one used in this session, else the territory's only area.
     */
    Optional<Area> preselected(List<Area> territory, @Nullable String requestedCode) {
        Object last = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getAttribute(LAST_USED);
        return territory.stream().filter(area -> area.code() != null && area.code().equalsIgnoreCase(requestedCode)).findFirst()
                .or(() -> territory.stream().filter(area -> area.id().equals(last)).findFirst())
                .or(() -> territory.size() == 1 ? Optional.of(territory.getFirst()) : Optional.empty());
    }

    void remember(Area area) {
        if (VaadinSession.getCurrent() != null) {
            VaadinSession.getCurrent().setAttribute(LAST_USED, area.id());
        }
    }
}
