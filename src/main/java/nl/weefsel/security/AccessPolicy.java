package nl.weefsel.security;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.weefsel.actor.Actor;
import nl.weefsel.actor.ActorData;
import nl.weefsel.actor.ActorFilter;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.actor.ActorService;
import nl.weefsel.area.AreaData;
import nl.weefsel.base.Audit;
import nl.weefsel.funding.Funding;
import nl.weefsel.funding.FundingData;
import nl.weefsel.funding.FundingService;
import nl.weefsel.funding.RecipientKind;
import nl.weefsel.impact.ImpactOwner;
import nl.weefsel.initiative.Initiative;
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
 * Funding (DD010): a coordinator records the money that reaches an actor or initiative in their
 * territories, whoever the funder; a partner records what their own organisation pays (a fund's
 * grants, their own income) and sets the budget of the initiatives it runs.
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
    private final FundingService fundings;

    AccessPolicy(CurrentProfile current, Territories territories, @Lazy ActorService actors,
                 @Lazy RoleAssignmentService assignments, @Lazy PartnershipService partnerships,
                 @Lazy InitiativeService initiatives, @Lazy NeedService needs, @Lazy FundingService fundings) {
        this.current = current;
        this.territories = territories;
        this.actors = actors;
        this.assignments = assignments;
        this.partnerships = partnerships;
        this.initiatives = initiatives;
        this.needs = needs;
        this.fundings = fundings;
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

    // For the views: whether to offer an action at all. The record rules above decide each case;
    // these only say whether there can be any case for this user.

    /** Whether the user could add or change some area (its record, its boundary). */
    public boolean mayChangeAreas() {
        return isAdmin() || worksIn(WeefselRole.COORDINATOR);
    }

    /** Whether the user could add an actor anywhere: a coordinator, or a scout adding a contact. */
    public boolean mayCreateActors() {
        return isAdmin() || worksIn(WeefselRole.COORDINATOR) || worksIn(WeefselRole.SCOUT);
    }

    /** Whether the user could assign a role: a coordinator, or a partner claiming one for their organisation. */
    public boolean mayAssignRoles() {
        return isAdmin() || worksIn(WeefselRole.COORDINATOR) || isPartnerOfSomeOrganisation();
    }

    /** Whether the user could add or propose a tie. */
    public boolean mayCreateTies() {
        return isAdmin() || worksIn(WeefselRole.COORDINATOR) || worksIn(WeefselRole.SCOUT) || isPartnerOfSomeOrganisation();
    }

    /** Whether the user could register an initiative or a need in some area. */
    public boolean mayRegister() {
        return isAdmin() || worksIn(WeefselRole.COORDINATOR) || worksIn(WeefselRole.SCOUT);
    }

    /** Imports (spreadsheets, area lists, boundaries, back-ups) are for administrators. */
    public boolean mayImport() {
        return isAdmin();
    }

    // Funding

    public boolean mayRecordFunding(FundingData data) {
        if (data.funderId() == null || data.recipientId() == null || data.recipientKind() == null) {
            return mayRecordAnyFunding(); // incomplete: the service names what is missing, and writes nothing
        }
        return isAdmin() || coordinatesRecipient(data.recipientKind(), data.recipientId())
                || data.funderId() != null && ownActorId(data.funderId());
    }

    public boolean mayEditFunding(String id, @Nullable FundingData data) {
        return isAdmin() || existing(fundings.find(id), (Funding funding) -> {
            boolean coordinator = coordinatesRecipient(funding.recipientKind(), funding.recipientId())
                    && (data == null || coordinatesRecipient(data.recipientKind(), data.recipientId()));
            boolean partner = ownActorId(funding.funderId()) && (data == null || data.funderId() != null && ownActorId(data.funderId()));
            return coordinator || partner;
        });
    }

    public boolean mayBudget(String initiativeId) {
        return isAdmin() || existing(initiatives.find(initiativeId), (Initiative initiative) -> coordinates(initiative.areaId())
                || initiative.runById() != null && ownActorId(initiative.runById()));
    }

    /** True for a user who may record some funding at all: the views show their buttons to them only. */
    public boolean mayRecordAnyFunding() {
        UserProfile user = current.get();
        return isAdmin() || user.has(WeefselRole.COORDINATOR) || user.has(WeefselRole.PARTNER) && user.organisation() != null;
    }

    private boolean coordinatesRecipient(@Nullable RecipientKind kind, @Nullable String recipientId) {
        if (kind == null || recipientId == null) {
            return false;
        }
        return kind == RecipientKind.ACTOR ? coordinatesActorId(recipientId)
                : initiatives.find(recipientId).map(initiative -> coordinates(initiative.areaId())).orElse(false);
    }

    // Impact records (DD009): private to their keepers until they share them

    /**
     * Records, changes and shares an owner's impact records: for a partnership its parties (partner
     * users), for an initiative the actor that runs it; and admins.
     */
    public boolean mayKeepImpactOf(ImpactOwner owner) {
        return isAdmin() || switch (owner.kind()) {
            case PARTNERSHIP -> existing(partnerships.find(owner.id()), this::isPartyTo);
            case INITIATIVE -> existing(initiatives.find(owner.id()), this::runs);
        };
    }

    /**
     * Sees one impact record (or report): who keeps it; the coordinators and advisers of the
     * owner's territory once it is shared with the municipality; the named funder's partner users
     * once shared with them.
     */
    public boolean maySeeImpactOf(ImpactOwner owner, boolean sharedWithMunicipality, @Nullable String funderId) {
        if (isAdmin()) {
            return true;
        }
        boolean funder = funderId != null && ownActorId(funderId);
        return switch (owner.kind()) {
            case PARTNERSHIP -> partnerships.find(owner.id()).map(tie -> isPartyTo(tie)
                    || sharedWithMunicipality && governsTie(tie) || funder).orElse(false);
            case INITIATIVE -> initiatives.find(owner.id()).map(initiative -> runs(initiative)
                    || sharedWithMunicipality && governs(initiative.areaId()) || funder).orElse(false);
        };
    }

    /** The actors a partner user works for (by id or by name); none for other users. */
    public Set<String> ownOrganisationIds() {
        UserProfile user = current.get();
        String organisation = user.organisation();
        if (!user.has(WeefselRole.PARTNER) || organisation == null) {
            return Set.of();
        }
        Set<String> ids = new HashSet<>();
        actors.find(organisation).ifPresent(actor -> ids.add(actor.id()));
        actors.list(new ActorFilter(organisation, Set.of(), null)).stream()
                .filter(this::isOwnOrganisation).forEach(actor -> ids.add(actor.id()));
        return Set.copyOf(ids);
    }

    private boolean runs(Initiative initiative) {
        return initiative.runById() != null && ownActorId(initiative.runById());
    }

    /** A coordinator or adviser whose territory holds the area. */
    private boolean governs(@Nullable String areaId) {
        return coordinates(areaId) || current.get().has(WeefselRole.ADVISER) && inTerritory(areaId);
    }

    private boolean isPartyTo(Partnership tie) {
        return ownActorId(tie.fromActorId()) || ownActorId(tie.toActorId());
    }

    private boolean governsTie(Partnership tie) {
        boolean adviser = current.get().has(WeefselRole.ADVISER) && Stream.of(tie.fromActorId(), tie.toActorId())
                .anyMatch(id -> actors.find(id).map(actor -> inTerritory(actor.locatedInId())
                        || actor.activeInIds().stream().anyMatch(this::inTerritory)).orElse(false));
        return adviser || coordinatesTie(tie);
    }

    private boolean inTerritory(@Nullable String areaId) {
        return areaId != null && territories.contains(current.get(), areaId);
    }

    // Building blocks

    private boolean worksIn(WeefselRole role) {
        return current.get().has(role) && !current.get().territoryCodes().isEmpty();
    }

    private boolean isPartnerOfSomeOrganisation() {
        return current.get().has(WeefselRole.PARTNER) && current.get().organisation() != null;
    }

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
