package nl.weefsel.security;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.weefsel.actor.Actor;
import nl.weefsel.actor.ActorData;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.actor.ActorService;
import nl.weefsel.area.AreaData;
import nl.weefsel.base.Audit;
import nl.weefsel.initiative.InitiativeData;
import nl.weefsel.initiative.InitiativeService;
import nl.weefsel.initiative.NeedData;
import nl.weefsel.initiative.NeedService;
import nl.weefsel.partnership.Partnership;
import nl.weefsel.partnership.PartnershipData;
import nl.weefsel.partnership.PartnershipService;
import nl.weefsel.role.AssignmentBasis;
import nl.weefsel.role.RoleAssignmentData;
import nl.weefsel.role.RoleAssignmentService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Who may change what, used by the services' {@code @PreAuthorize("@access.…")} annotations — so
 * the rules hold for every caller, not only for the views that hide buttons.
 *
 * <ul>
 *   <li>admin: everything;</li>
 *   <li>coordinator: every record in their territories (areas in or under them, actors located or
 *       active there, assignments, initiatives and needs there, ties touching such an actor);</li>
 *   <li>scout: initiatives, needs and contacts (people, community initiatives) in their areas, the
 *       ones they registered themselves to change later; proposes ties (unconfirmed);</li>
 *   <li>partner: their own organisation's profile and claimed roles; proposes ties from it and
 *       confirms ties proposed to it;</li>
 *   <li>adviser: reads only.</li>
 * </ul>
 * Records are looked up through the services' read methods, which carry no restriction.
 */
@Component("access")
public class AccessPolicy {

    private final CurrentProfile current;
    private final Territories territories;
    private final ActorService actors;
    private final RoleAssignmentService assignments;
    private final PartnershipService partnerships;
    private final InitiativeService initiatives;
    private final NeedService needs;

    AccessPolicy(CurrentProfile current, Territories territories, @Lazy ActorService actors,
                 @Lazy RoleAssignmentService assignments, @Lazy PartnershipService partnerships,
                 @Lazy InitiativeService initiatives, @Lazy NeedService needs) {
        this.current = current;
        this.territories = territories;
        this.actors = actors;
        this.assignments = assignments;
        this.partnerships = partnerships;
        this.initiatives = initiatives;
        this.needs = needs;
    }

    // Areas and the role taxonomy

    public boolean mayCreateArea(AreaData data) {
        return isAdmin() || coordinates(data.parentId());
    }

    public boolean mayEditArea(String id, @Nullable AreaData data) {
        return isAdmin() || coordinates(id) && (data == null || coordinates(data.parentId()));
    }

    public boolean mayManageRoles() {
        return isAdmin();
    }

    // Actors

    public boolean mayCreateActor(ActorData data) {
        return isAdmin() || coordinatesActor(data) || scoutsContact(data);
    }

    public boolean mayEditActor(String id, @Nullable ActorData data) {
        if (isAdmin()) {
            return true;
        }
        Optional<Actor> actor = actors.find(id);
        if (actor.isEmpty()) {
            return true; // the service answers "not found"
        }
        Actor existing = actor.get();
        boolean coordinator = coordinatesActor(ActorData.from(existing)) && (data == null || coordinatesActor(data));
        boolean partner = data != null && isOwnOrganisation(existing) && data.kind() == existing.kind();
        boolean scout = registeredByMe(existing.audit()) && scoutsContact(ActorData.from(existing))
                && (data == null || scoutsContact(data));
        return coordinator || partner || scout;
    }

    /** As editing, except that a partner may not delete their own organisation. */
    public boolean mayDeleteActor(String id) {
        if (isAdmin()) {
            return true;
        }
        return actors.find(id).map(actor -> coordinatesActor(ActorData.from(actor))
                || registeredByMe(actor.audit()) && scoutsContact(ActorData.from(actor))).orElse(true);
    }

    // Role assignments

    public boolean mayAssign(RoleAssignmentData data) {
        return isAdmin() || coordinates(data.areaId()) || claimsForOwnOrganisation(data);
    }

    public boolean mayEditAssignment(String id, @Nullable RoleAssignmentData data) {
        return isAdmin() || existing(assignments.find(id), assignment -> {
            boolean coordinator = coordinates(assignment.areaId()) && (data == null || coordinates(data.areaId()));
            boolean partner = assignment.basis() == AssignmentBasis.CLAIMED && ownActorId(assignment.actorId())
                    && (data == null || claimsForOwnOrganisation(data));
            return coordinator || partner;
        });
    }

    // Ties

    public boolean mayCreateTie(PartnershipData data) {
        if (isAdmin() || coordinatesActorId(data.fromActorId()) || coordinatesActorId(data.toActorId())) {
            return true;
        }
        boolean proposal = !data.confirmed();
        boolean scout = current.get().has(WeefselRole.SCOUT) && (inScoutArea(data.fromActorId()) || inScoutArea(data.toActorId()));
        boolean partner = current.get().has(WeefselRole.PARTNER) && ownActorId(data.fromActorId());
        return proposal && (scout || partner);
    }

    public boolean mayEditTie(String id, @Nullable PartnershipData data) {
        return isAdmin() || existing(partnerships.find(id), tie -> coordinatesTie(tie)
                && (data == null || coordinatesActorId(data.fromActorId()) || coordinatesActorId(data.toActorId())));
    }

    public boolean mayConfirmTie(String id) {
        return isAdmin() || existing(partnerships.find(id), tie -> coordinatesTie(tie)
                || current.get().has(WeefselRole.PARTNER) && ownActorId(tie.toActorId()));
    }

    // Spreadsheet imports

    /**
     * Administrators import anywhere; coordinators only rows within their territories, which the
     * import checks row by row against {@link #importScope()}.
     */
    public boolean mayImportSheets() {
        return isAdmin() || current.get().has(WeefselRole.COORDINATOR);
    }

    /**
     * Where the current user's imported rows may lie, by the same rules as records made one by one:
     * an actor located or active there, a tie touching such an actor, an assignment, initiative or
     * need in such an area.
     */
    public TerritoryScope importScope() {
        if (isAdmin()) {
            return TerritoryScope.everywhere();
        }
        UserProfile user = current.get();
        return user.has(WeefselRole.COORDINATOR) ? TerritoryScope.of(territories.areaIds(user)) : TerritoryScope.nowhere();
    }

    // Initiatives and needs

    public boolean mayRegisterIn(String areaId) {
        return isAdmin() || coordinates(areaId) || scouts(areaId);
    }

    public boolean mayEditInitiative(String id, @Nullable InitiativeData data) {
        return isAdmin() || existing(initiatives.find(id), initiative -> mayChangeRegistration(initiative.areaId(),
                initiative.audit(), data == null ? null : data.areaId()));
    }

    public boolean mayEditNeed(String id, @Nullable NeedData data) {
        return isAdmin() || existing(needs.find(id), need -> mayChangeRegistration(need.areaId(), need.audit(),
                data == null ? null : data.areaId()));
    }

    private boolean mayChangeRegistration(String areaId, Audit audit, @Nullable String newAreaId) {
        String target = newAreaId == null ? areaId : newAreaId;
        boolean coordinator = coordinates(areaId) && coordinates(target);
        boolean scout = scouts(areaId) && scouts(target) && registeredByMe(audit);
        return coordinator || scout;
    }

    // Building blocks

    private boolean isAdmin() {
        return current.get().has(WeefselRole.ADMIN);
    }

    private boolean coordinates(@Nullable String areaId) {
        return areaId != null && current.get().has(WeefselRole.COORDINATOR) && territories.contains(current.get(), areaId);
    }

    private boolean scouts(@Nullable String areaId) {
        return areaId != null && current.get().has(WeefselRole.SCOUT) && territories.contains(current.get(), areaId);
    }

    private boolean coordinatesActor(ActorData data) {
        return coordinates(data.locatedInId()) || data.activeInIds().stream().anyMatch(this::coordinates);
    }

    private boolean coordinatesActorId(String actorId) {
        return actors.find(actorId).map(actor -> coordinatesActor(ActorData.from(actor))).orElse(false);
    }

    private boolean coordinatesTie(Partnership tie) {
        return coordinatesActorId(tie.fromActorId()) || coordinatesActorId(tie.toActorId());
    }

    private static final Set<ActorKind> CONTACT_KINDS = Set.of(ActorKind.PERSON, ActorKind.COMMUNITY_INITIATIVE);

    private boolean scoutsContact(ActorData data) {
        return CONTACT_KINDS.contains(data.kind()) && scouts(data.locatedInId());
    }

    private boolean inScoutArea(String actorId) {
        return actors.find(actorId).map(actor -> scouts(actor.locatedInId())
                || actor.activeInIds().stream().anyMatch(this::scouts)).orElse(false);
    }

    private boolean claimsForOwnOrganisation(RoleAssignmentData data) {
        return data.basis() == AssignmentBasis.CLAIMED && ownActorId(data.actorId());
    }

    private boolean ownActorId(String actorId) {
        return actors.find(actorId).map(this::isOwnOrganisation).orElse(false);
    }

    private boolean isOwnOrganisation(Actor actor) {
        UserProfile user = current.get();
        String organisation = user.organisation();
        return user.has(WeefselRole.PARTNER) && organisation != null
                && (organisation.equals(actor.id()) || organisation.equalsIgnoreCase(actor.name()));
    }

    private boolean registeredByMe(Audit audit) {
        return current.get().name().equals(audit.createdBy());
    }

    private static <T> boolean existing(Optional<T> record, Function<T, Boolean> rule) {
        return record.map(rule).orElse(true); // a missing record: let the service answer "not found"
    }

}
