package nl.weefsel.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.weefsel.WeefselIntegrationTest;
import nl.weefsel.actor.ActorService;
import nl.weefsel.area.AreaService;
import nl.weefsel.network.NetworkFilter;
import nl.weefsel.network.NetworkService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The read API answers with the same network and areas the services hold, as JSON. */
class ReadApiTest extends WeefselIntegrationTest {

    @LocalServerPort int port;
    @Autowired NetworkService network;
    @Autowired ActorService actors;
    @Autowired AreaService areas;

    @Test
    void the_network_of_rotterdam_has_the_nodes_and_edges_of_the_network_view() throws Exception {
        var rotterdam = areas.findByCode("GM0599").orElseThrow();
        var snapshot = network.snapshot(new NetworkFilter(rotterdam.id(), java.time.LocalDate.of(2025, 6, 1),
                java.util.Set.of(), java.util.Set.of()));

        JsonNode answer = get("/api/v1/network?area=GM0599&asOf=2025-06-01", 200);

        assertThat(answer.path("asOf").asString()).isEqualTo("2025-06-01");
        assertThat(answer.path("nodes").size()).isEqualTo(snapshot.nodes().size());
        assertThat(answer.path("edges").size()).isEqualTo(snapshot.edges().size());
        assertThat(answer.path("nodes").get(0).has("kind")).isTrue();
    }

    @Test
    void areas_are_named_by_their_cbs_codes_with_population_and_children() throws Exception {
        JsonNode rotterdam = get("/api/v1/areas/GM0599", 200);

        assertThat(rotterdam.path("name").asString()).isEqualTo("Rotterdam");
        assertThat(rotterdam.path("parent").asString()).isEqualTo("PV28");
        assertThat(rotterdam.path("populationSource").asString()).isEqualTo("CBS");
        assertThat(rotterdam.path("children").toString()).contains("WK059903");
        assertThat(get("/api/v1/areas", 200).size()).isEqualTo(areas.all().size());
        assertThat(get("/api/v1/actors?area=WK059903", 200).isArray()).isTrue();
    }

    @Test
    void a_boundary_comes_as_a_geojson_feature_with_its_attribution() throws Exception {
        var delfshaven = areas.findByCode("WK059903").orElseThrow();
        areas.setBoundary(delfshaven.id(), "{\"type\":\"Polygon\",\"coordinates\":[[[4.43,51.91],[4.46,51.91],[4.46,51.92],[4.43,51.91]]]}",
                2022, AreaImportService.BOUNDARY_SOURCE);

        JsonNode feature = get("/api/v1/areas/WK059903/boundary", 200);

        assertThat(feature.path("type").asString()).isEqualTo("Feature");
        assertThat(feature.path("geometry").path("type").asString()).isEqualTo("Polygon");
        assertThat(feature.path("properties").path("attribution").asString()).isEqualTo("Kadaster / CBS 2022");
    }

    @Test
    void unknown_areas_and_analyses_are_404_and_a_bad_date_is_400_as_json() throws Exception {
        assertThat(get("/api/v1/areas/GM9999", 404).path("error").asString()).isEqualTo("Area GM9999 does not exist");
        assertThat(get("/api/v1/analysis/brokers", 404).path("status").asInt()).isEqualTo(404);
        assertThat(get("/api/v1/network?asOf=gisteren", 400).path("error").asString()).contains("gisteren");
        assertThat(get("/api/v1/analysis", 200).isArray()).isTrue();
        assertThat(get("/api/v1", 200).path("links").has("network")).isTrue();
    }

    private JsonNode get(String path, int status) throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(status);
        return JsonMapper.builder().build().readTree(response.body());
    }
}
