package nl.weefsel.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.weefsel.WeefselIntegrationTest;
import nl.weefsel.actor.ActorFilter;
import nl.weefsel.actor.ActorService;
import nl.weefsel.area.Area;
import nl.weefsel.area.AreaLevel;
import nl.weefsel.area.AreaService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo ecosystem loaded on first start agrees with the CBS figures in ../shared/data/nl. */
class DemoDataTest extends WeefselIntegrationTest {

    private static final Path CBS_WIJKEN = Path.of("..", "shared", "data", "nl", "rotterdam-wijken.csv");

    @Autowired AreaService areas;
    @Autowired ActorService actors;

    @Test
    void the_21_rotterdam_wijken_have_cbs_codes_names_and_population() throws IOException {
        Map<String, String[]> cbs = Files.readAllLines(CBS_WIJKEN).stream().skip(1)
                .map(line -> line.split(",")).collect(Collectors.toMap(row -> row[0], row -> row));
        var rotterdam = areas.findByCode("GM0599").orElseThrow();
        List<Area> wijken = areas.children(rotterdam.id()).stream().filter(a -> a.level() == AreaLevel.WIJK)
                .filter(a -> cbs.containsKey(a.code())).toList();

        assertThat(wijken).hasSize(21);
        for (Area wijk : wijken) {
            String[] row = cbs.get(wijk.code());
            assertThat(wijk.name()).isEqualTo(row[1]);
            assertThat(wijk.population()).as(wijk.label()).isEqualTo(Integer.valueOf(row[3]));
            assertThat(wijk.populationYear()).isEqualTo(Integer.valueOf(row[4]));
            assertThat(wijk.populationSource()).isEqualTo("CBS");
        }
    }

    @Test
    void the_actors_of_the_seeds_are_there() {
        var names = actors.list(ActorFilter.ALL).stream().map(actor -> actor.name()).toList();

        assertThat(names).contains("SKVR", "Cultuur Concreet", "Team Toekomst", "Talentz Skool", "Quardin", "Gemeente Rotterdam")
                .anySatisfy(name -> assertThat(name).startsWith("KC-R"));
    }
}
