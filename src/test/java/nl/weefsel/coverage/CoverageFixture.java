package nl.weefsel.coverage;

import java.time.LocalDate;
import java.util.Set;
import nl.weefsel.actor.ActorData;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.actor.ActorService;
import nl.weefsel.actor.SchoolType;
import nl.weefsel.area.AreaData;
import nl.weefsel.area.AreaLevel;
import nl.weefsel.area.AreaService;
import nl.weefsel.base.Discipline;
import nl.weefsel.base.TargetGroup;
import nl.weefsel.base.Validity;
import nl.weefsel.initiative.NeedData;
import nl.weefsel.initiative.NeedService;
import nl.weefsel.partnership.Intensity;
import nl.weefsel.partnership.PartnershipData;
import nl.weefsel.partnership.PartnershipService;
import nl.weefsel.role.AssignmentBasis;
import nl.weefsel.role.RoleAssignmentData;
import nl.weefsel.role.RoleAssignmentService;
import nl.weefsel.role.RoleService;

/**
 * A small municipality, "Dekkingstad" (GM9871), with every coverage finding known in advance:
 * <ul>
 *   <li>Zuidkant: two assigned mandates for neighbourhood scouting clash (Cultuurhuis, Welzijn);</li>
 *   <li>Noordkant: initiative support is assigned city-wide to Steunpunt and practised by Wijkatelier;</li>
 *   <li>school expertise: Oud-adviseur's assignment ended yesterday, so Steunpunt holds it alone;</li>
 *   <li>Zuidkant: an open need for music for elderly people that nothing answers;</li>
 *   <li>Basisschool Noord hangs on Theater alone (articulation point, single link) and has no tie to
 *       the out-of-school provider Kunstcentrum; Basisschool Zuid has one, without a written agreement.</li>
 * </ul>
 * The shared test database also holds the demo data and other tests' records: scope assertions to these areas.
 */
final class CoverageFixture {

    String city;
    String north;
    String south;
    String cultuurhuis;
    String welzijn;
    String steunpunt;
    String wijkatelier;
    String kunstcentrum;
    String theater;
    String schoolNorth;
    String schoolSouth;
    String need;

    static CoverageFixture create(AreaService areas, ActorService actors, RoleService roles, RoleAssignmentService assignments,
                                  PartnershipService ties, NeedService needs) {
        var f = new CoverageFixture();
        f.city = areas.create(new AreaData(AreaLevel.MUNICIPALITY, "GM9871", "Dekkingstad", 50_000, 2024, "test", null)).id();
        f.north = areas.create(new AreaData(AreaLevel.WIJK, "WK987101", "Noordkant", 20_000, 2024, "test", f.city)).id();
        f.south = areas.create(new AreaData(AreaLevel.WIJK, "WK987102", "Zuidkant", 30_000, 2024, "test", f.city)).id();
        f.cultuurhuis = actors.create(ActorData.of("Dekking Cultuurhuis", ActorKind.CULTURE_SUPPORT, f.city)).id();
        f.welzijn = actors.create(ActorData.of("Dekking Welzijn", ActorKind.WELFARE, f.south)).id();
        f.steunpunt = actors.create(ActorData.of("Dekking Steunpunt", ActorKind.CULTURE_SUPPORT, f.city)).id();
        f.wijkatelier = actors.create(ActorData.of("Dekking Wijkatelier", ActorKind.MAKER, f.north)).id();
        f.kunstcentrum = actors.create(ActorData.of("Dekking Kunstcentrum", ActorKind.ARTS_EDUCATION_CENTRE, f.city)).id();
        f.theater = actors.create(ActorData.of("Dekking Theater", ActorKind.CULTURAL_INSTITUTION, f.north)).id();
        f.schoolNorth = actors.create(school("Dekking Basisschool Noord", f.north)).id();
        f.schoolSouth = actors.create(school("Dekking Basisschool Zuid", f.south)).id();
        String oudAdviseur = actors.create(ActorData.of("Dekking Oud-adviseur", ActorKind.CULTURE_SUPPORT, f.city)).id();

        var assign = new Assigner(roles, assignments);
        assign.role(f.cultuurhuis, "NEIGHBOURHOOD_SCOUTING", f.south, AssignmentBasis.ASSIGNED, Validity.ALWAYS);
        assign.role(f.welzijn, "NEIGHBOURHOOD_SCOUTING", f.south, AssignmentBasis.ASSIGNED, Validity.ALWAYS);
        assign.role(f.steunpunt, "INITIATIVE_SUPPORT", f.city, AssignmentBasis.ASSIGNED, Validity.ALWAYS);
        assign.role(f.wijkatelier, "INITIATIVE_SUPPORT", f.north, AssignmentBasis.PRACTISED, Validity.ALWAYS);
        assign.role(f.steunpunt, "SCHOOL_EXPERTISE", f.city, AssignmentBasis.ASSIGNED, Validity.ALWAYS);
        assign.role(oudAdviseur, "SCHOOL_EXPERTISE", f.south, AssignmentBasis.PRACTISED,
                new Validity(LocalDate.of(2020, 1, 1), LocalDate.now().minusDays(1)));
        assign.role(f.kunstcentrum, "OUT_OF_SCHOOL_EDUCATION", f.city, AssignmentBasis.ASSIGNED, Validity.ALWAYS);

        f.need = needs.register(NeedData.heard("Dekking: samen muziek maken voor ouderen", f.south, Set.of(TargetGroup.ELDERLY),
                Set.of(Discipline.MUSIC), LocalDate.of(2025, 9, 2))).id();

        tie(ties, f.schoolNorth, f.theater);
        tie(ties, f.theater, f.cultuurhuis);
        tie(ties, f.theater, f.welzijn);
        tie(ties, f.cultuurhuis, f.welzijn);
        tie(ties, f.schoolSouth, f.kunstcentrum);
        tie(ties, f.schoolSouth, f.theater);
        tie(ties, f.kunstcentrum, f.cultuurhuis);
        return f;
    }

    private static ActorData school(String name, String areaId) {
        var data = ActorData.of(name, ActorKind.SCHOOL, areaId);
        return new ActorData(data.name(), data.kind(), SchoolType.BO, null, null, null, areaId, Set.of(), null, Set.of(),
                Set.of(TargetGroup.CHILDREN));
    }

    private static void tie(PartnershipService ties, String from, String to) {
        ties.create(PartnershipData.collaboration(from, to, Intensity.COOPERATION));
    }

    /** Assigns roles by their key. */
    record Assigner(RoleService roles, RoleAssignmentService assignments) {

        void role(String actorId, String roleKey, String areaId, AssignmentBasis basis, Validity validity) {
            String roleId = roles.findByKey(roleKey).orElseThrow().id();
            assignments.assign(new RoleAssignmentData(actorId, roleId, areaId, basis, validity, "test fixture", null));
        }
    }
}
