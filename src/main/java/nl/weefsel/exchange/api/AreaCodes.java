package nl.weefsel.exchange.api;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.weefsel.area.Area;
import nl.weefsel.area.AreaService;
import nl.weefsel.base.NotFoundException;
import org.jspecify.annotations.Nullable;

/** Translates between the area codes the API speaks and the ids the services use. */
final class AreaCodes {

    private final Map<String, Area> byId;

    AreaCodes(AreaService areas) {
        this.byId = areas.all().stream().collect(Collectors.toMap(Area::id, Function.identity()));
    }

    @Nullable String code(@Nullable String id) {
        if (id == null || !byId.containsKey(id)) {
            return null;
        }
        Area area = byId.get(id);
        return area.code() == null ? area.name() : area.code();
    }

    static @Nullable String idOf(AreaService areas, @Nullable String code) {
        return code == null || code.isBlank() ? null
                : areas.findByCode(code).map(Area::id).orElseThrow(() -> new NotFoundException("Area", code));
    }
}
