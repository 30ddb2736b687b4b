package nl.weefsel.funding;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Adds amounts up the area hierarchy: what reaches a wijk reaches its municipality and province too. */
final class AreaSums {

    record Sum(long ownCents, long totalCents, int ties) {
        static final Sum NONE = new Sum(0, 0, 0);
    }

    private AreaSums() {
    }

    /**
     * @param parents  every area's parent ({@code null} value at the top)
     * @param amounts  the amount of each tie, keyed by tie, with the area of its recipient in {@code areaOf}
     */
    static Map<String, Sum> rollUp(Map<String, @Nullable String> parents, Map<String, Long> amounts, Map<String, String> areaOf) {
        Map<String, Sum> sums = new HashMap<>();
        amounts.forEach((tie, amount) -> {
            String own = areaOf.get(tie);
            Set<String> seen = new HashSet<>(); // a broken hierarchy with a cycle must not loop
            for (String area = own; area != null && seen.add(area); area = parents.get(area)) {
                Sum before = sums.getOrDefault(area, Sum.NONE);
                sums.put(area, new Sum(before.ownCents() + (area.equals(own) ? amount : 0), before.totalCents() + amount,
                        before.ties() + 1));
            }
        });
        return sums;
    }
}
