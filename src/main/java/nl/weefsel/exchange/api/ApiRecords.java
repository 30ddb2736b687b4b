package nl.weefsel.exchange.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The shapes of the read API's answers. Codes rather than internal ids name areas, as dashboards know them. */
final class ApiRecords {

    private ApiRecords() {
    }

    record Index(String version, Map<String, String> links) {
    }

    record NetworkAnswer(@Nullable String area, LocalDate asOf, List<Node> nodes, List<Edge> edges, String attribution) {
    }

    record Node(String id, String label, String kind, @Nullable String locatedIn, int degree) {
    }

    record Edge(String id, String source, String target, String kind, @Nullable String intensity, boolean confirmed) {
    }

    record ActorAnswer(String id, String name, String kind, @Nullable String schoolType, @Nullable String website,
                       @Nullable String locatedIn, List<String> activeIn, List<String> disciplines, List<String> targetGroups,
                       @Nullable Instant updatedAt) {
    }

    record AreaAnswer(@Nullable String code, String name, String level, @Nullable String parent,
                      @Nullable Integer population, @Nullable Integer populationYear, @Nullable String populationSource,
                      List<String> children) {
    }

    record AnalysisLink(String name, String description, String href) {
    }

    record Problem(int status, String error) {
    }
}
