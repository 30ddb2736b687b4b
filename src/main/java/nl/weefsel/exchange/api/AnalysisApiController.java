package nl.weefsel.exchange.api;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.weefsel.base.NotFoundException;
import nl.weefsel.exchange.PublishedResult;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/analysis}: whatever other features publish as {@link PublishedResult} beans
 * (none yet: the analyses will add theirs), and {@code /api/v1}, the index of the API.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
class AnalysisApiController {

    private final Map<String, PublishedResult> results;

    AnalysisApiController(List<PublishedResult> results) {
        this.results = results.stream().collect(Collectors.toMap(PublishedResult::name, Function.identity()));
    }

    @GetMapping
    ApiRecords.Index index() {
        return new ApiRecords.Index("1", Map.of("network", "/api/v1/network{?area,asOf}", "actors", "/api/v1/actors{?area}",
                "areas", "/api/v1/areas", "area", "/api/v1/areas/{code}", "boundary", "/api/v1/areas/{code}/boundary",
                "analysis", "/api/v1/analysis"));
    }

    @GetMapping("/analysis")
    List<ApiRecords.AnalysisLink> analyses() {
        return results.values().stream().sorted(java.util.Comparator.comparing(PublishedResult::name))
                .map(result -> new ApiRecords.AnalysisLink(result.name(), result.description(), "/api/v1/analysis/" + result.name()))
                .toList();
    }

    @GetMapping("/analysis/{name}")
    Object analysis(@PathVariable String name, @RequestParam(required = false) @Nullable String area) {
        PublishedResult result = results.get(name);
        if (result == null) {
            throw new NotFoundException("Analysis", name);
        }
        return result.result(area);
    }
}
