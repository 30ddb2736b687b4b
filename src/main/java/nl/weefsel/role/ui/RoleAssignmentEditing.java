package nl.weefsel.role.ui;

import java.util.function.Consumer;
import nl.weefsel.actor.ActorService;
import nl.weefsel.area.AreaService;
import nl.weefsel.base.NotFoundException;
import nl.weefsel.base.Validity;
import nl.weefsel.collaboration.ui.Collaboration;
import nl.weefsel.collaboration.ui.RecordDialog;
import nl.weefsel.collaboration.ui.RecordOps;
import nl.weefsel.role.AssignmentBasis;
import nl.weefsel.role.RoleAssignment;
import nl.weefsel.role.RoleAssignmentData;
import nl.weefsel.role.RoleAssignmentService;
import nl.weefsel.role.RoleService;
import nl.weefsel.security.AccessPolicy;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Opens the role-assignment dialog; other views (the network's actor panel) reach it here. */
@Component
public class RoleAssignmentEditing {

    private final RoleAssignmentService assignments;
    private final ActorService actors;
    private final RoleService roles;
    private final AreaService areas;
    private final Collaboration collaboration;
    private final AccessPolicy access;

    RoleAssignmentEditing(RoleAssignmentService assignments, ActorService actors, RoleService roles, AreaService areas,
                          Collaboration collaboration, AccessPolicy access) {
        this.access = access;
        this.assignments = assignments;
        this.actors = actors;
        this.roles = roles;
        this.areas = areas;
        this.collaboration = collaboration;
    }

    public void open(String id, Consumer<RoleAssignment> onChange) {
        RoleAssignment assignment = assignments.find(id).orElseThrow(() -> new NotFoundException("RoleAssignment", id));
        RoleChoices choices = RoleChoices.load(actors, roles, areas);
        new RecordDialog<>(ops(choices), new RoleAssignmentForm(choices), collaboration, assignment, dataOf(assignment), onChange).open();
    }

    /** Whether to offer "new assignment" at all. */
    public boolean mayCreate() {
        return access.mayAssignRoles();
    }

    /** A new assignment, for {@code actorId} when given. */
    public void openNew(@Nullable String actorId, Consumer<RoleAssignment> onChange) {
        RoleChoices choices = RoleChoices.load(actors, roles, areas);
        new RecordDialog<>(ops(choices), new RoleAssignmentForm(choices), collaboration, null,
                new RoleAssignmentData(actorId, null, null, AssignmentBasis.PRACTISED, Validity.ALWAYS, null, null), onChange).open();
    }

    private RecordOps<RoleAssignment, RoleAssignmentData> ops(RoleChoices names) {
        return RecordOps.of(new RecordOps.Shape<>("RoleAssignment", RoleAssignment.class, RoleAssignment::id,
                                RoleAssignment::version, RoleAssignment::audit, RoleAssignmentEditing::dataOf,
                                assignment -> names.actorName(assignment.actorId()) + " · " + names.areaName(assignment.areaId())),
                        assignments::find, assignments::assign, assignments::update)
                .endedBy(assignments::end, RoleAssignment::validity)
                .deletedBy(assignments::delete)
                .assertedAs(RoleAssignment::provenance)
                .permittedBy(assignment -> access.mayEditAssignment(assignment.id(), dataOf(assignment)),
                        assignment -> access.mayEditAssignment(assignment.id(), null));
    }

    static RoleAssignmentData dataOf(RoleAssignment assignment) {
        return new RoleAssignmentData(assignment.actorId(), assignment.roleId(), assignment.areaId(), assignment.basis(),
                assignment.validity(), assignment.provenance().source(), assignment.note());
    }
}
