package nl.weefsel.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Money rolls up from buurt to wijk to municipality to province, and never down or sideways. */
class AreaSumsTest {

    @Test
    void what_reaches_a_wijk_reaches_every_area_around_it_and_no_other() {
        Map<String, @Nullable String> parents = new HashMap<>();
        parents.put("province", null);
        parents.put("city", "province");
        parents.put("north", "city");
        parents.put("south", "city");
        parents.put("buurt", "south");

        var sums = AreaSums.rollUp(parents, Map.of("t1", 100L, "t2", 30L, "t3", 5L),
                Map.of("t1", "south", "t2", "buurt", "t3", "city"));

        assertThat(sums.get("buurt")).isEqualTo(new AreaSums.Sum(30, 30, 1));
        assertThat(sums.get("south")).isEqualTo(new AreaSums.Sum(100, 130, 2));
        assertThat(sums.get("city")).isEqualTo(new AreaSums.Sum(5, 135, 3));
        assertThat(sums.get("province")).isEqualTo(new AreaSums.Sum(0, 135, 3));
        assertThat(sums).doesNotContainKey("north");
    }

    @Test
    void a_cycle_in_the_hierarchy_counts_each_area_once() {
        var sums = AreaSums.rollUp(Map.of("a", "b", "b", "a"), Map.of("t", 10L), Map.of("t", "a"));

        assertThat(sums.get("a")).isEqualTo(new AreaSums.Sum(10, 10, 1));
        assertThat(sums.get("b")).isEqualTo(new AreaSums.Sum(0, 10, 1));
    }
}
