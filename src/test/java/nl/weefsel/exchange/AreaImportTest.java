package nl.weefsel.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.weefsel.WeefselIntegrationTest;
import nl.weefsel.area.Area;
import nl.weefsel.area.AreaLevel;
import nl.weefsel.area.AreaService;
import nl.weefsel.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/** The real CBS/PDOK files of ../shared/data/nl load as areas with codes, parents, population and boundaries. */
class AreaImportTest extends WeefselIntegrationTest {

    private static final Path DATA = Path.of("..", "shared", "data", "nl");

    @Autowired AreaImportService imports;
    @Autowired AreaService areas;

    @BeforeEach
    void signInAsAdministrator() {
        TestUsers.signInAsAdmin("beheerder");
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void the_municipalities_of_zuid_holland_come_with_their_2024_population_and_2023_boundaries() {
        AreaImportResult list = load("gemeenten-zuid-holland.csv");
        AreaImportResult boundaries = load("gemeenten-zuid-holland.geojson");

        assertThat(list.created() + list.updated()).isEqualTo(50);
        assertThat(list.populationYear()).isEqualTo(2024);
        assertThat(boundaries.boundaries()).isEqualTo(50);
        assertThat(boundaries.boundaryYear()).isEqualTo(2023);
        Area delft = areas.findByCode("GM0503").orElseThrow();
        assertThat(delft.name()).isEqualTo("Delft");
        assertThat(delft.level()).isEqualTo(AreaLevel.MUNICIPALITY);
        assertThat(delft.population()).isEqualTo(109577);
        assertThat(delft.populationYear()).isEqualTo(2024);
        assertThat(delft.populationSource()).isEqualTo("CBS");
        assertThat(delft.parentId()).as("the province named in the boundary file").isEqualTo(areas.findByCode("PV28").orElseThrow().id());
        assertThat(JsonMapper.builder().build().readTree(areas.boundary(delft.id()).orElseThrow()).path("type").asString())
                .isIn("Polygon", "MultiPolygon");
    }

    @Test
    void rotterdam_buurten_find_their_wijk_from_the_cbs_code_and_get_their_boundaries() {
        load("rotterdam-wijken.csv");
        AreaImportResult buurten = load("rotterdam-buurten.csv");
        AreaImportResult shapes = load("rotterdam-buurten.geojson");

        assertThat(buurten.created() + buurten.updated()).isEqualTo(91);
        assertThat(shapes.boundaries()).isEqualTo(91);
        assertThat(shapes.boundaryYear()).isEqualTo(2022);
        Area stadsdriehoek = areas.findByCode("BU05990110").orElseThrow();
        assertThat(stadsdriehoek.level()).isEqualTo(AreaLevel.BUURT);
        assertThat(stadsdriehoek.parentId()).isEqualTo(areas.findByCode("WK059901").orElseThrow().id());
        assertThat(stadsdriehoek.population()).as("no buurt figures in the file").isNull();
        assertThat(areas.findByCode("WK059903").orElseThrow().population()).as("kept from the wijk list").isEqualTo(77250);
    }

    @Test
    void loading_the_same_list_again_updates_instead_of_doubling() {
        load("rotterdam-wijken.csv");
        int before = areas.all().size();

        AreaImportResult again = load("rotterdam-wijken.csv");

        assertThat(again.created()).isZero();
        assertThat(again.updated()).isEqualTo(21);
        assertThat(areas.all()).hasSize(before);
    }

    @Test
    void a_file_without_code_and_name_columns_is_refused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("wrong.csv");
        Files.writeString(file, "gemeente;inwoners\nDelft;100\n");

        assertThatThrownBy(() -> imports.importFile(file, "wrong.csv")).isInstanceOf(InvalidFileException.class)
                .hasMessageContaining("code and name");
    }

    private AreaImportResult load(String name) {
        return imports.importFile(DATA.resolve(name), name);
    }
}
