package nl.weefsel.coverage;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Something an area lacks. A missing role, discipline or target group is listed once, in the
 * largest area that lacks it entirely (the areas inside it lack it too).
 *
 * @param subject      what is missing; {@code null} for an unanswered need
 * @param need         the unanswered need; {@code null} for the other kinds
 * @param openNeeds    unanswered needs in the area (or inside it) that ask for the missing subject
 */
public record WhiteSpot(WhiteSpotKind kind, AreaRef area, @Nullable Subject subject, @Nullable NeedRef need,
                        List<NeedRef> openNeeds) {

    public WhiteSpot {
        openNeeds = List.copyOf(openNeeds);
    }
}
