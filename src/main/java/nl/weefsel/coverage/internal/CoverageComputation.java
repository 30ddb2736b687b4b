package nl.weefsel.coverage.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import nl.weefsel.area.Area;
import nl.weefsel.coverage.AreaCoverage;
import nl.weefsel.coverage.Broker;
import nl.weefsel.coverage.ContinuityRisk;
import nl.weefsel.coverage.CoverageFindings;
import nl.weefsel.coverage.GreyZone;
import nl.weefsel.coverage.RoleMatrix;
import nl.weefsel.coverage.Subject;
import nl.weefsel.coverage.WhiteSpot;
import org.jspecify.annotations.Nullable;

/**
 * All coverage findings for one {@link NetworkData}; the network-wide part (continuity risks and
 * brokers) is computed only when asked for.
 */
public final class CoverageComputation {

    private final NetworkData data;
    private final NetworkStructure structure;
    private final AreaTree tree;
    private final GreyZones greyZones;
    private final RoleMatrices matrices;
    private final Coverage coverage;
    private final WhiteSpots whiteSpots;
    private @Nullable ContinuityRisks continuity;

    public CoverageComputation(NetworkData data, NetworkStructure structure) {
        this.data = data;
        this.structure = structure;
        this.tree = new AreaTree(data.areas());
        Holders holders = new Holders(data, tree);
        this.greyZones = new GreyZones(data, tree, holders);
        this.matrices = new RoleMatrices(data, tree, holders);
        this.coverage = new Coverage(data, tree, holders);
        this.whiteSpots = new WhiteSpots(tree, coverage);
    }

    public NetworkData data() {
        return data;
    }

    public AreaTree tree() {
        return tree;
    }

    public List<String> allAreaIds() {
        return data.areas().stream().map(Area::id).toList();
    }

    public List<GreyZone> greyZones(Collection<String> areaIds) {
        return greyZones.in(areaIds);
    }

    public List<WhiteSpot> whiteSpots(Collection<String> areaIds) {
        return whiteSpots.in(areaIds);
    }

    public synchronized List<ContinuityRisk> continuityRisks() {
        return continuity().risks();
    }

    public synchronized List<Broker> brokers() {
        return new Brokers(continuity()).brokers();
    }

    public RoleMatrix roleMatrix(String areaId) {
        return matrices.of(areaId);
    }

    public AreaCoverage coverage(String areaId, Subject subject) {
        return coverage.of(areaId, subject);
    }

    /**
     * The areas directly inside {@code parentId}, worst covered for {@code subject} first: white spots
     * (most inhabitants first), then fewest holders per 10,000 inhabitants; areas without inhabitants last.
     */
    public List<AreaCoverage> compare(String parentId, Subject subject) {
        return tree.children(parentId).stream().map(child -> coverage.of(child.id(), subject))
                .sorted(Coverage.WORST_COVERED_FIRST).toList();
    }

    public List<Subject> subjects() {
        return coverage.subjects();
    }

    /** Everything, for every area. */
    public CoverageFindings findings() {
        List<String> all = allAreaIds();
        return new CoverageFindings(data.day(), Instant.now(), greyZones(all), whiteSpots(all), continuityRisks(), brokers());
    }

    private ContinuityRisks continuity() {
        if (continuity == null) {
            continuity = new ContinuityRisks(data, structure);
        }
        return continuity;
    }
}
