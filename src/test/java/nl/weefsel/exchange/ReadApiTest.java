package nl.weefsel.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.Set;
import nl.weefsel.WeefselIntegrationTest;
import nl.weefsel.area.AreaService;
import nl.weefsel.base.SystemIdentity;
import nl.weefsel.network.NetworkFilter;
import nl.weefsel.network.NetworkService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The read API answers with the same network and areas the services hold, as JSON, to a caller
 * with a bearer token (here a test JWT of an adviser; the security feature tests real tokens).
 */
class ReadApiTest extends WeefselIntegrationTest {

    @Autowired WebApplicationContext context;
    @Autowired NetworkService network;
    @Autowired AreaService areas;

    private MockMvc api;

    @BeforeEach
    void client() {
        api = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void the_network_of_rotterdam_has_the_nodes_and_edges_of_the_network_view() throws Exception {
        var rotterdam = areas.findByCode("GM0599").orElseThrow();
        var snapshot = network.snapshot(new NetworkFilter(rotterdam.id(), LocalDate.of(2025, 6, 1), Set.of(), Set.of()));

        JsonNode answer = read("/api/v1/network?area=GM0599&asOf=2025-06-01", 200);

        assertThat(answer.path("asOf").asString()).isEqualTo("2025-06-01");
        assertThat(answer.path("nodes").size()).isEqualTo(snapshot.nodes().size());
        assertThat(answer.path("edges").size()).isEqualTo(snapshot.edges().size());
        assertThat(answer.path("nodes").get(0).has("kind")).isTrue();
    }

    @Test
    void areas_are_named_by_their_cbs_codes_with_population_and_children() throws Exception {
        JsonNode rotterdam = read("/api/v1/areas/GM0599", 200);

        assertThat(rotterdam.path("name").asString()).isEqualTo("Rotterdam");
        assertThat(rotterdam.path("parent").asString()).isEqualTo("PV28");
        assertThat(rotterdam.path("populationSource").asString()).isEqualTo("CBS");
        assertThat(rotterdam.path("children").toString()).contains("WK059903");
        assertThat(read("/api/v1/areas", 200).size()).isEqualTo(areas.all().size());
        assertThat(read("/api/v1/actors?area=WK059903", 200).isArray()).isTrue();
    }

    @Test
    void a_boundary_comes_as_a_geojson_feature_with_its_attribution() throws Exception {
        var delfshaven = areas.findByCode("WK059903").orElseThrow();
        SystemIdentity.run(() -> areas.setBoundary(delfshaven.id(),
                "{\"type\":\"Polygon\",\"coordinates\":[[[4.43,51.91],[4.46,51.91],[4.46,51.92],[4.43,51.91]]]}",
                2022, AreaImportService.BOUNDARY_SOURCE));

        JsonNode feature = read("/api/v1/areas/WK059903/boundary", 200);

        assertThat(feature.path("type").asString()).isEqualTo("Feature");
        assertThat(feature.path("geometry").path("type").asString()).isEqualTo("Polygon");
        assertThat(feature.path("properties").path("attribution").asString()).isEqualTo("Kadaster / CBS 2022");
    }

    @Test
    void unknown_areas_and_analyses_are_404_and_a_bad_date_is_400_as_json() throws Exception {
        assertThat(read("/api/v1/areas/GM9999", 404).path("error").asString()).isEqualTo("Area GM9999 does not exist");
        assertThat(read("/api/v1/analysis/brokers", 404).path("status").asInt()).isEqualTo(404);
        assertThat(read("/api/v1/network?asOf=gisteren", 400).path("error").asString()).contains("gisteren");
        assertThat(read("/api/v1/analysis", 200).isArray()).isTrue();
        assertThat(read("/api/v1", 200).path("links").has("network")).isTrue();
    }

    @Test
    void without_a_token_the_api_answers_401() throws Exception {
        assertThat(api.perform(get("/api/v1/network")).andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    private JsonNode read(String path, int status) throws Exception {
        var response = api.perform(get(path).with(jwt().authorities(new SimpleGrantedAuthority("ROLE_ADVISER"))))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(path + ": " + response.getContentAsString()).isEqualTo(status);
        return JsonMapper.builder().build().readTree(response.getContentAsString());
    }
}
