package nl.weefsel.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.actor.SchoolType;
import nl.weefsel.area.AreaLevel;
import nl.weefsel.base.Discipline;
import nl.weefsel.base.TargetGroup;
import nl.weefsel.initiative.InitiativeStatus;
import nl.weefsel.initiative.NeedStatus;
import nl.weefsel.partnership.Intensity;
import nl.weefsel.partnership.TieKind;
import nl.weefsel.role.AssignmentBasis;
import org.jspecify.annotations.Nullable;

/**
 * The shape of {@code demo/rotterdam.json}. Areas are referred to by CBS code, roles by key,
 * everything else by id, so the file stays readable.
 */
record DemoData(String description, List<AreaRow> areas, List<ActorRow> actors, List<RoleRow> roleAssignments,
                List<TieRow> partnerships, List<InitiativeRow> initiatives, List<NeedRow> needs) {

    record AreaRow(String id, AreaLevel level, String code, String name, @Nullable Integer population,
                   @Nullable Integer populationYear, @Nullable String populationSource, @Nullable String parent) {
    }

    record ActorRow(String id, String name, ActorKind kind, @Nullable SchoolType schoolType, @Nullable String description,
                    String locatedIn, @Nullable List<String> activeIn, @Nullable String affiliation,
                    @Nullable Set<Discipline> disciplines, @Nullable Set<TargetGroup> targetGroups) {
    }

    record RoleRow(String actor, String role, String area, AssignmentBasis basis, @Nullable LocalDate validFrom,
                   @Nullable LocalDate validUntil, @Nullable String source, @Nullable String note) {
    }

    record TieRow(String from, String to, TieKind kind, Intensity intensity, boolean writtenAgreement,
                  boolean fixedContactPerson, boolean confirmed, @Nullable LocalDate validFrom,
                  @Nullable LocalDate validUntil, @Nullable String source, @Nullable String note) {
    }

    record InitiativeRow(String id, String name, String area, @Nullable String runBy, Set<Discipline> disciplines,
                         Set<TargetGroup> targetGroups, InitiativeStatus status, @Nullable LocalDate validFrom) {
    }

    record NeedRow(String id, String title, @Nullable String description, String area, Set<Discipline> disciplines,
                   Set<TargetGroup> targetGroups, NeedStatus status, @Nullable LocalDate heardOn,
                   @Nullable Set<String> answeredByInitiatives) {
    }
}
