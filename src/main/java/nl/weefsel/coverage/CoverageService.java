package nl.weefsel.coverage;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.InputStream;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.weefsel.coverage.internal.AreaTree;
import nl.weefsel.coverage.internal.BoundaryImport;
import nl.weefsel.coverage.internal.CoverageComputation;
import nl.weefsel.coverage.internal.CoverageQueries;
import nl.weefsel.coverage.internal.LiveCoverage;
import nl.weefsel.area.Area;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Grey zones, white spots, continuity risks and brokers of the current network, kept up to date in
 * the background. Lists are ranked; with an area, they keep the findings in that area, inside it,
 * and (for grey zones and white spots) in the areas it lies in, which reach it.
 */
@Service
public class CoverageService {

    private final LiveCoverage live;
    private final CoverageQueries queries;
    private final BoundaryImport boundaryImport;
    private final I18NProvider i18n;

    CoverageService(LiveCoverage live, CoverageQueries queries, BoundaryImport boundaryImport, I18NProvider i18n) {
        this.live = live;
        this.queries = queries;
        this.boundaryImport = boundaryImport;
        this.i18n = i18n;
    }

    /** Everything found as of today. */
    public CoverageFindings findings() {
        return live.current().findings();
    }

    public List<GreyZone> greyZones(@Nullable String areaId) {
        return filtered(findings().greyZones(), areaId, zone -> zone.area().id());
    }

    public List<WhiteSpot> whiteSpots(@Nullable String areaId) {
        return filtered(findings().whiteSpots(), areaId, spot -> spot.area().id());
    }

    public List<ContinuityRisk> continuityRisks(@Nullable String areaId) {
        if (areaId == null) {
            return findings().continuityRisks();
        }
        Set<String> inside = tree().selfAndDescendants(areaId);
        return findings().continuityRisks().stream().filter(risk -> risk.areaIds().stream().anyMatch(inside::contains)).toList();
    }

    public List<Broker> brokers() {
        return findings().brokers();
    }

    /** Who holds which role in the area, counting assignments made for the areas it lies in. */
    public RoleMatrix roleMatrix(String areaId) {
        return live.current().computation().roleMatrix(areaId);
    }

    /** The roles, disciplines and target groups coverage is measured for. */
    public List<Subject> subjects() {
        return live.current().computation().subjects();
    }

    /**
     * The areas directly inside {@code parentId} (the wijken of a municipality, the municipalities of
     * a province), worst covered for {@code subject} first: white spots (most inhabitants first), then
     * fewest holders per 10,000 inhabitants; areas without inhabitants last.
     */
    public List<AreaCoverage> compare(String parentId, Subject subject) {
        return live.current().computation().compare(parentId, subject);
    }

    public AreaCoverage coverage(String areaId, Subject subject) {
        return live.current().computation().coverage(areaId, subject);
    }

    /** Areas that have other areas inside them, by name: the parents one can compare the children of. */
    public List<Area> parents() {
        AreaTree tree = tree();
        return tree.all().stream().filter(area -> !tree.children(area.id()).isEmpty())
                .sorted(Comparator.comparing(Area::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    public List<AreaBoundary> boundaries(Collection<String> areaIds) {
        return queries.boundaries(areaIds).stream()
                .map(b -> new AreaBoundary(b.areaId(), b.geoJson(), b.year(), b.source())).toList();
    }

    /**
     * Stores the boundaries of a GeoJSON FeatureCollection whose features carry the CBS code of an
     * existing area in a {@code code} property (as CBS/PDOK files do); other features are skipped.
     *
     * @param year   the boundaries' year, unless a feature says otherwise ({@code boundary_year} or {@code year})
     * @param source where they come from, shown as the map's credit
     */
    @PreAuthorize("@access.mayChangeAreas()") // and AreaService.setBoundary checks each area
    public BoundaryImportResult importBoundaries(InputStream geoJson, int year, String source) {
        return boundaryImport.load(geoJson, year, source);
    }

    /** The sentences and names for findings in the current network's words. */
    public CoverageTexts texts() {
        return new CoverageTexts(i18n, live.current().computation().data().roles());
    }

    /** Calls {@code listener}, on a background thread, whenever the findings have been recomputed; run the result to stop. */
    public Runnable onChange(Consumer<CoverageFindings> listener) {
        return live.onChange(listener);
    }

    /** Waits until the changes committed so far are part of the findings. */
    public void awaitCurrent() {
        live.current();
        live.awaitIdle();
    }

    private AreaTree tree() {
        return live.current().computation().tree();
    }

    private <T> List<T> filtered(List<T> findings, @Nullable String areaId, Function<T, String> area) {
        if (areaId == null) {
            return findings;
        }
        Set<String> areas = tree().reaching(areaId);
        return findings.stream().filter(finding -> areas.contains(area.apply(finding))).toList();
    }
}
