package nl.weefsel.area.internal;

import nl.weefsel.area.Area;
import nl.weefsel.area.AreaData;
import nl.weefsel.area.AreaLevel;
import nl.weefsel.base.internal.AuditedNode;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;

/** An area node, {@code (:Area)-[:PART_OF]->(:Area)}. Boundaries live in their own node, see {@link AreaQueries}. */
@Node("Area")
public class AreaNode extends AuditedNode {

    private AreaLevel level;
    private @Nullable String code;
    private String name;
    private @Nullable Integer population;
    private @Nullable Integer populationYear;
    private @Nullable String populationSource;

    @Relationship(type = "PART_OF", cascadeUpdates = false)
    private @Nullable AreaNode parent;

    private AreaNode() { // for Spring Data
        super(null);
    }

    public AreaNode(@Nullable String id, AreaData data, @Nullable AreaNode parent) {
        super(id);
        this.level = data.level();
        this.name = data.name();
        apply(data, parent);
    }

    public void apply(AreaData data, @Nullable AreaNode parent) {
        this.level = data.level();
        this.code = data.code();
        this.name = data.name();
        this.population = data.population();
        this.populationYear = data.populationYear();
        this.populationSource = data.populationSource();
        this.parent = parent;
    }

    public AreaLevel getLevel() {
        return level;
    }

    public @Nullable AreaNode getParent() {
        return parent;
    }

    public Area toArea() {
        return new Area(getId(), level, code, name, population, populationYear, populationSource,
                parent == null ? null : parent.getId(), getVersion(), audit());
    }
}
