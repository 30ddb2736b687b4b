package nl.weefsel.role.internal;

import nl.weefsel.base.internal.AuditedNode;
import nl.weefsel.role.Role;
import nl.weefsel.role.RoleData;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.schema.Node;

/** A role of the taxonomy, identified by a stable {@code key} such as {@code NEIGHBOURHOOD_SCOUTING}. */
@Node("Role")
public class RoleNode extends AuditedNode {

    private String key;
    private String nameNl;
    private String nameEn;
    private String descriptionNl;
    private String descriptionEn;

    private RoleNode() { // for Spring Data
        super(null);
    }

    public RoleNode(@Nullable String id, RoleData data) {
        super(id);
        this.key = data.key();
        this.nameNl = data.nameNl();
        this.nameEn = data.nameEn();
        this.descriptionNl = data.descriptionNl();
        this.descriptionEn = data.descriptionEn();
    }

    public void apply(RoleData data) {
        this.key = data.key();
        this.nameNl = data.nameNl();
        this.nameEn = data.nameEn();
        this.descriptionNl = data.descriptionNl();
        this.descriptionEn = data.descriptionEn();
    }

    public Role toRole() {
        return new Role(getId(), key, nameNl, nameEn, descriptionNl, descriptionEn, getVersion());
    }
}
