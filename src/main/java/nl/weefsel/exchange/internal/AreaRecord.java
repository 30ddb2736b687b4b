package nl.weefsel.exchange.internal;

import java.util.Locale;
import java.util.Optional;
import nl.weefsel.area.AreaLevel;
import org.jspecify.annotations.Nullable;

/**
 * One area as a CBS list or PDOK boundary file describes it. The CBS code says the level and,
 * where the file does not, the parent: BU gggg ww bb lies in WK gggg ww, which lies in GM gggg.
 */
record AreaRecord(String code, String name, @Nullable String parentCode, @Nullable Integer population,
                  @Nullable Integer populationYear, @Nullable String geometry, @Nullable Integer boundaryYear) {

    AreaRecord {
        code = code.strip().toUpperCase(Locale.ROOT);
        parentCode = parentCode == null || parentCode.isBlank() ? derivedParent(code) : parentCode.strip().toUpperCase(Locale.ROOT);
    }

    Optional<AreaLevel> level() {
        return java.util.Arrays.stream(AreaLevel.values())
                .filter(level -> level.codePattern().map(p -> p.matcher(code).matches()).orElse(false))
                .findFirst();
    }

    static @Nullable String derivedParent(String code) {
        if (code.matches("BU\\d{8}")) {
            return "WK" + code.substring(2, 8);
        }
        if (code.matches("WK\\d{6}")) {
            return "GM" + code.substring(2, 6);
        }
        return null;
    }
}
