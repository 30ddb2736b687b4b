package nl.weefsel.coverage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.weefsel.area.AreaLevel;
import nl.weefsel.coverage.AreaCoverage;
import nl.weefsel.coverage.AreaRef;
import nl.weefsel.coverage.Subject;
import org.junit.jupiter.api.Test;

class ChoroplethTest {

    private static final Choropleth.Labels LABELS = new Choropleth.Labels() {
        public String whiteSpot() {
            return "nobody";
        }

        public String noInhabitants() {
            return "no inhabitants";
        }

        public String range(String from, String to) {
            return from + "–" + to;
        }

        public String above(String from, String to) {
            return ">" + from + "–" + to;
        }
    };

    @Test
    void white_spots_are_orange_areas_without_inhabitants_grey_and_the_others_in_quantile_blues() {
        var choropleth = new Choropleth(List.of(area("a", 1000, 0, 0.0), area("b", 0, 0, 0.0), area("c", 1000, 1, 0.5),
                area("d", 1000, 1, 1.0), area("e", 1000, 2, 2.0), area("f", 1000, 4, 4.0)), LABELS, v -> String.format(java.util.Locale.ROOT, "%.2f", v));

        assertThat(choropleth.colour("a")).isEqualTo(Choropleth.WHITE_SPOT);
        assertThat(choropleth.colour("b")).isEqualTo(Choropleth.NO_INHABITANTS);
        assertThat(List.of(choropleth.colour("c"), choropleth.colour("d"), choropleth.colour("e"), choropleth.colour("f")))
                .containsExactlyElementsOf(Choropleth.BLUES);
        assertThat(choropleth.legend()).extracting(AreaMap.LegendEntry::label)
                .containsExactly("nobody", "0.50", ">0.50–1.00", ">1.00–2.00", ">2.00–4.00", "no inhabitants");
    }

    @Test
    void figures_that_read_the_same_share_one_class() {
        assertThat(Choropleth.breaks(List.of(0.13, 0.13, 0.13, 0.28))).containsExactly(0.13, 0.28);
    }

    private static AreaCoverage area(String id, int population, int holders, double perTenThousand) {
        var ref = new AreaRef(id, null, id, AreaLevel.WIJK, population, 2024);
        return new AreaCoverage(ref, Subject.role("X"), List.of(), holders, 0, holders,
                population == 0 ? null : perTenThousand, 0, 0, 0);
    }
}
