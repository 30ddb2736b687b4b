package nl.weefsel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import nl.weefsel.WeefselIntegrationTest;
import nl.weefsel.actor.ActorData;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.actor.ActorService;
import nl.weefsel.area.AreaData;
import nl.weefsel.area.AreaLevel;
import nl.weefsel.area.AreaService;
import nl.weefsel.base.Validity;
import nl.weefsel.funding.BudgetService;
import nl.weefsel.funding.FundingData;
import nl.weefsel.funding.FundingInstrument;
import nl.weefsel.funding.FundingService;
import nl.weefsel.funding.RecipientKind;
import nl.weefsel.impact.CheckStatus;
import nl.weefsel.impact.ChecklistItem;
import nl.weefsel.impact.ChecklistService;
import nl.weefsel.impact.Counts;
import nl.weefsel.impact.ImpactOwner;
import nl.weefsel.impact.ImpactService;
import nl.weefsel.impact.ReportData;
import nl.weefsel.impact.MomentData;
import nl.weefsel.impact.MomentKind;
import nl.weefsel.impact.Perspective;
import nl.weefsel.impact.Sharing;
import nl.weefsel.impact.StoryData;
import nl.weefsel.initiative.InitiativeData;
import nl.weefsel.initiative.InitiativeService;
import nl.weefsel.initiative.InitiativeStatus;
import nl.weefsel.initiative.NeedData;
import nl.weefsel.initiative.NeedService;
import nl.weefsel.partnership.Intensity;
import nl.weefsel.partnership.PartnershipData;
import nl.weefsel.partnership.PartnershipService;
import nl.weefsel.partnership.TieKind;
import nl.weefsel.role.AssignmentBasis;
import nl.weefsel.role.RoleAssignmentData;
import nl.weefsel.role.RoleAssignmentService;
import nl.weefsel.role.RoleData;
import nl.weefsel.role.RoleService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every mutating service method × every role × inside or outside the user's territory, on the
 * real embedded Neo4j: what is allowed succeeds, everything else is refused and changes nothing.
 * All records touched lie in a fixture wijk of Rotterdam (GM0599); "outside" users have their
 * territory in another municipality, or (partners) belong to another organisation.
 */
class AuthorisationMatrixTest extends WeefselIntegrationTest {

    /** A user of the matrix: role, and whether the fixture records lie in their territory. */
    record User(String label, WeefselRole role, List<String> territories, String organisation) {
    }

    static final User ADMIN = new User("admin", WeefselRole.ADMIN, List.of("PV28"), "");
    static final User COORDINATOR_IN = new User("coordinator in territory", WeefselRole.COORDINATOR, List.of("GM0599"), "");
    static final User COORDINATOR_OUT = new User("coordinator elsewhere", WeefselRole.COORDINATOR, List.of("GM9998"), "");
    static final User SCOUT_IN = new User("scout in territory", WeefselRole.SCOUT, List.of("WK059998"), "");
    static final User SCOUT_OUT = new User("scout elsewhere", WeefselRole.SCOUT, List.of("WK999801"), "");
    static final User ADVISER = new User("adviser", WeefselRole.ADVISER, List.of("PV28"), "");
    static final User PARTNER_IN = new User("partner of the organisation", WeefselRole.PARTNER, List.of(), "Matrixpartner");
    static final User PARTNER_OUT = new User("partner of another organisation", WeefselRole.PARTNER, List.of(), "Matrixbuur");
    static final List<User> USERS = List.of(ADMIN, COORDINATOR_IN, COORDINATOR_OUT, SCOUT_IN, SCOUT_OUT, ADVISER, PARTNER_IN, PARTNER_OUT);

    @Autowired AreaService areas;
    @Autowired ActorService actors;
    @Autowired RoleService roles;
    @Autowired RoleAssignmentService assignments;
    @Autowired PartnershipService partnerships;
    @Autowired InitiativeService initiatives;
    @Autowired NeedService needs;
    @Autowired FundingService fundings;
    @Autowired BudgetService budgets;
    @Autowired nl.weefsel.coverage.CoverageService coverage;
    @Autowired Neo4jClient neo4j;
    @Autowired ImpactService impact;
    @Autowired ChecklistService checklists;

    private static Fixture fixture;

    /** The records every case works on, created once. */
    record Fixture(String wijk, String otherWijk, String organisation, String neighbour, String role) {
    }

    /** One operation, prepared by an admin acting under the user's name, then performed as the user. */
    record Operation(String name, Set<User> allowed, PreparedCall prepare) {
    }

    interface PreparedCall {
        Runnable prepare(String userName);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @TestFactory
    Stream<DynamicTest> every_mutation_is_allowed_exactly_for_the_roles_and_territories_that_may_make_it() {
        Fixture f = fixture();
        List<DynamicTest> tests = new ArrayList<>();
        for (Operation operation : operations(f)) {
            for (User user : USERS) {
                boolean allowed = operation.allowed().contains(user);
                String name = user.label() + (allowed ? " may " : " may not ") + operation.name();
                tests.add(DynamicTest.dynamicTest(name, () -> check(operation, user, allowed)));
            }
        }
        return tests.stream();
    }

    private void check(Operation operation, User user, boolean allowed) {
        String userName = "matrix-" + user.role().name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        TestUsers.signIn(userName, WeefselRole.ADMIN, List.of("PV28"), null);
        Runnable call = operation.prepare().prepare(userName);
        TestUsers.signIn(userName, user.role(), user.territories(), user.organisation().isEmpty() ? null : user.organisation());
        if (allowed) {
            call.run();
            return;
        }
        Map<String, Object> before = fingerprint();
        assertThatThrownBy(call::run).isInstanceOf(AccessDeniedException.class);
        assertThat(fingerprint()).as("nothing changed").isEqualTo(before);
    }

    private Map<String, Object> fingerprint() {
        return neo4j.query("MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS relationships, "
                + "sum(coalesce(n.version, 0)) AS versions").fetch().one().orElseThrow();
    }

    private List<Operation> operations(Fixture f) {
        Set<User> coordination = Set.of(ADMIN, COORDINATOR_IN);
        Set<User> scouting = Set.of(ADMIN, COORDINATOR_IN, SCOUT_IN);
        Set<User> granting = Set.of(ADMIN, COORDINATOR_IN, PARTNER_OUT);
        String rotterdam = areas.findByCode("GM0599").orElseThrow().id();
        return List.of(
                new Operation("create a wijk", coordination, name -> () -> areas.create(AreaData.of(AreaLevel.WIJK, null, "Nieuwe wijk " + name, rotterdam))),
                new Operation("rename a wijk", coordination, name -> {
                    var area = areas.create(AreaData.of(AreaLevel.WIJK, null, "Wijk " + name, rotterdam));
                    return () -> areas.update(area.id(), area.version(), AreaData.of(AreaLevel.WIJK, null, "Hernoemd " + name, rotterdam));
                }),
                new Operation("draw a wijk's boundary", coordination, name -> () -> areas.setBoundary(f.wijk(),
                        "{\"type\":\"Polygon\",\"coordinates\":[[[4.4,51.9],[4.5,51.9],[4.5,52.0],[4.4,51.9]]]}", 2024, "test")),
                new Operation("import a wijk's boundary from GeoJSON", coordination, name -> () -> coverage.importBoundaries(
                        new java.io.ByteArrayInputStream(("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                                + "\"properties\":{\"code\":\"WK059998\"},\"geometry\":{\"type\":\"Polygon\","
                                + "\"coordinates\":[[[4.4,51.9],[4.5,51.9],[4.5,52.0],[4.4,51.9]]]}}]}").getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        2024, "test")),
                new Operation("delete an empty wijk", coordination, name -> {
                    var area = areas.create(AreaData.of(AreaLevel.BUURT, null, "Buurt " + name, f.wijk()));
                    return () -> areas.delete(area.id());
                }),
                new Operation("add an organisation", coordination, name -> () -> actors.create(ActorData.of("Atelier " + name, ActorKind.MAKER, f.wijk()))),
                new Operation("add a contact person", scouting, name -> () -> actors.create(ActorData.of("Contact " + name, ActorKind.PERSON, f.wijk()))),
                new Operation("edit the organisation's profile", Set.of(ADMIN, COORDINATOR_IN, PARTNER_IN), name -> {
                    return () -> {
                        var current = actors.find(f.organisation()).orElseThrow();
                        var data = ActorData.from(current);
                        actors.update(current.id(), current.version(), new ActorData(data.name(), data.kind(), null,
                                "Bijgewerkt door " + name, data.website(), data.kvkNumber(), data.locatedInId(), data.activeInIds(),
                                null, data.disciplines(), data.targetGroups()));
                    };
                }),
                new Operation("delete an organisation", coordination, name -> {
                    var actor = actors.create(ActorData.of("Weg " + name, ActorKind.MAKER, f.wijk()));
                    return () -> actors.delete(actor.id());
                }),
                new Operation("add a role to the taxonomy", Set.of(ADMIN), name -> () -> roles.create(new RoleData(
                        roleKey("M_" + name), "Rol " + name, "Role " + name, "Omschrijving", "Description"))),
                new Operation("rename a role of the taxonomy", Set.of(ADMIN), name -> {
                    var role = roles.create(new RoleData(roleKey("R_" + name), "Rol " + name, "Role " + name, "Omschrijving", "Description"));
                    return () -> roles.update(role.id(), role.version(), new RoleData(role.key(), "Andere rol", "Other role", "Omschrijving", "Description"));
                }),
                new Operation("assign a role", coordination, name -> () -> assignments.assign(assignment(f, AssignmentBasis.ASSIGNED))),
                new Operation("claim a role for the organisation", Set.of(ADMIN, COORDINATOR_IN, PARTNER_IN),
                        name -> () -> assignments.assign(assignment(f, AssignmentBasis.CLAIMED))),
                new Operation("change a role assignment", coordination, name -> {
                    var held = assignments.assign(assignment(f, AssignmentBasis.ASSIGNED));
                    return () -> assignments.update(held.id(), held.version(), assignment(f, AssignmentBasis.PRACTISED));
                }),
                new Operation("end a role assignment", coordination, name -> {
                    var held = assignments.assign(assignment(f, AssignmentBasis.ASSIGNED));
                    return () -> assignments.end(held.id(), held.version(), LocalDate.now());
                }),
                new Operation("delete a role assignment", coordination, name -> {
                    var held = assignments.assign(assignment(f, AssignmentBasis.ASSIGNED));
                    return () -> assignments.delete(held.id());
                }),
                new Operation("record a confirmed tie", coordination, name -> () -> partnerships.create(tie(f, true))),
                new Operation("propose a tie", Set.of(ADMIN, COORDINATOR_IN, SCOUT_IN, PARTNER_IN), name -> () -> partnerships.create(tie(f, false))),
                new Operation("change a tie", coordination, name -> {
                    var tie = partnerships.create(tie(f, true));
                    return () -> partnerships.update(tie.id(), tie.version(), tie(f, true));
                }),
                new Operation("confirm a tie proposed to the organisation", Set.of(ADMIN, COORDINATOR_IN, PARTNER_IN), name -> {
                    var tie = partnerships.create(new PartnershipData(f.neighbour(), f.organisation(), TieKind.REFERRAL,
                            Intensity.AWARENESS, false, false, Validity.ALWAYS, false, null, null));
                    return () -> partnerships.confirm(tie.id(), tie.version());
                }),
                new Operation("end a tie", coordination, name -> {
                    var tie = partnerships.create(tie(f, true));
                    return () -> partnerships.end(tie.id(), tie.version(), LocalDate.now());
                }),
                new Operation("delete a tie", coordination, name -> {
                    var tie = partnerships.create(tie(f, true));
                    return () -> partnerships.delete(tie.id());
                }),
                new Operation("register an initiative", scouting, name -> () -> initiatives.register(initiative(f, name))),
                new Operation("edit their own initiative", scouting, name -> {
                    var initiative = initiatives.register(initiative(f, name));
                    return () -> initiatives.update(initiative.id(), initiative.version(), initiative(f, name + " (bijgewerkt)"));
                }),
                new Operation("end their own initiative", scouting, name -> {
                    var initiative = initiatives.register(initiative(f, name));
                    return () -> initiatives.end(initiative.id(), initiative.version(), LocalDate.now());
                }),
                new Operation("delete their own initiative", scouting, name -> {
                    var initiative = initiatives.register(initiative(f, name));
                    return () -> initiatives.delete(initiative.id());
                }),
                new Operation("register a need", scouting, name -> () -> needs.register(need(f, name))),
                new Operation("edit their own need", scouting, name -> {
                    var need = needs.register(need(f, name));
                    return () -> needs.update(need.id(), need.version(), need(f, name + " (bijgewerkt)"));
                }),
                new Operation("delete their own need", scouting, name -> {
                    var need = needs.register(need(f, name));
                    return () -> needs.delete(need.id());
                }),
                // the neighbour funds the organisation: its partner ("of another organisation") records its own grants (DD010)
                new Operation("record a grant to the organisation", granting, name -> () -> fundings.create(grant(f, 1000))),
                new Operation("record the organisation's own income", Set.of(ADMIN, COORDINATOR_IN, PARTNER_IN),
                        name -> () -> fundings.create(new FundingData(f.organisation(), f.organisation(), RecipientKind.ACTOR,
                                500L, FundingInstrument.OWN_INCOME, Validity.ALWAYS, null, null))),
                new Operation("change a grant", granting, name -> {
                    var grant = fundings.create(grant(f, 1000));
                    return () -> fundings.update(grant.id(), grant.version(), grant(f, 2000));
                }),
                new Operation("end a grant", granting, name -> {
                    var grant = fundings.create(grant(f, 1000));
                    return () -> fundings.end(grant.id(), grant.version(), LocalDate.now());
                }),
                new Operation("delete a grant", granting, name -> {
                    var grant = fundings.create(grant(f, 1000));
                    return () -> fundings.delete(grant.id());
                }),
                new Operation("set the budget of an initiative the organisation runs", Set.of(ADMIN, COORDINATOR_IN, PARTNER_IN), name -> {
                    var run = initiatives.register(new InitiativeData("Begroot " + name, null, f.wijk(), f.organisation(),
                            Set.of(), Set.of(), InitiativeStatus.ACTIVE, Validity.ALWAYS));
                    return () -> budgets.set(run.id(), 0, 100_000L, null);
                }),
                // impact records: only the partnership's own parties (DD009)
                new Operation("record an impact moment of the organisation's partnership", impactKeepers(), name -> {
                    ImpactOwner tie = impactTie(f, name);
                    return () -> impact.recordMoment(tie, impactMoment());
                }),
                new Operation("share an impact moment", impactKeepers(), name -> {
                    ImpactOwner tie = impactTie(f, name);
                    var moment = impact.recordMoment(tie, impactMoment());
                    return () -> impact.shareMoment(tie, moment.id(), moment.version(), new Sharing(true, null));
                }),
                new Operation("change an impact moment", impactKeepers(), name -> {
                    ImpactOwner tie = impactTie(f, name);
                    var moment = impact.recordMoment(tie, impactMoment());
                    return () -> impact.updateMoment(tie, moment.id(), moment.version(), impactMoment());
                }),
                new Operation("delete an impact moment", impactKeepers(), name -> {
                    ImpactOwner tie = impactTie(f, name);
                    var moment = impact.recordMoment(tie, impactMoment());
                    return () -> impact.deleteMoment(tie, moment.id());
                }),
                new Operation("record a story", impactKeepers(), name -> {
                    ImpactOwner tie = impactTie(f, name);
                    return () -> impact.recordStory(tie, impactStory());
                }),
                new Operation("change a story", impactKeepers(), name -> {
                    ImpactOwner tie = impactTie(f, name);
                    var story = impact.recordStory(tie, impactStory());
                    return () -> impact.updateStory(tie, story.id(), story.version(), impactStory());
                }),
                new Operation("share a story", impactKeepers(), name -> {
                    ImpactOwner tie = impactTie(f, name);
                    var story = impact.recordStory(tie, impactStory());
                    return () -> impact.shareStory(tie, story.id(), story.version(), new Sharing(true, null));
                }),
                new Operation("delete a story", impactKeepers(), name -> {
                    ImpactOwner tie = impactTie(f, name);
                    var story = impact.recordStory(tie, impactStory());
                    return () -> impact.deleteStory(tie, story.id());
                }),
                new Operation("record an impact moment of an initiative the organisation runs", impactKeepers(), name -> {
                    ImpactOwner initiative = impactInitiative(f, name);
                    return () -> impact.recordMoment(initiative, impactMoment());
                }),
                new Operation("share an impact report", impactKeepers(), name -> {
                    ImpactOwner tie = impactTie(f, name);
                    impact.recordMoment(tie, impactMoment());
                    return () -> impact.shareReport(tie, impactReport(), new Sharing(true, null));
                }),
                new Operation("withdraw an impact report", impactKeepers(), name -> {
                    ImpactOwner tie = impactTie(f, name);
                    impact.recordMoment(tie, impactMoment());
                    var report = impact.shareReport(tie, impactReport(), new Sharing(true, null));
                    return () -> impact.withdrawReport(tie, report.id());
                }),
                new Operation("answer the impact checklist", impactKeepers(), name -> {
                    ImpactOwner tie = impactTie(f, name);
                    return () -> checklists.answer(tie.id(), 0, null, Map.of(ChecklistItem.PREPARATION, CheckStatus.YES));
                }));
    }

    private static Set<User> impactKeepers() {
        return Set.of(ADMIN, PARTNER_IN);
    }

    /** A tie of the organisation with a school of its own, so that the neighbour (the other partner) is no party. */
    private ImpactOwner impactTie(Fixture f, String name) {
        var school = actors.create(ActorData.of("Matrixschool " + name, ActorKind.SCHOOL, f.wijk()));
        return ImpactOwner.partnership(partnerships.create(PartnershipData.collaboration(f.organisation(), school.id(),
                Intensity.COOPERATION)).id());
    }

    /** An initiative the organisation runs: its impact is the organisation's to keep. */
    private ImpactOwner impactInitiative(Fixture f, String name) {
        return ImpactOwner.initiative(initiatives.register(new InitiativeData("Impactinitiatief " + name, null, f.wijk(),
                f.organisation(), Set.of(), Set.of(), InitiativeStatus.ACTIVE, Validity.ALWAYS)).id());
    }

    private static MomentData impactMoment() {
        return new MomentData(MomentKind.BASELINE, "Nulmeting", LocalDate.of(2026, 1, 1), 0,
                new Counts(10, 10, 0, 1, null, Set.of(), Set.of(), Map.of()), null);
    }

    private static ReportData impactReport() {
        return new ReportData("Rapport", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31), true);
    }

    private static StoryData impactStory() {
        return new StoryData(Perspective.PARTICIPANT, LocalDate.of(2026, 1, 1), "Verhaal", false, null, "deelnemer",
                LocalDate.of(2026, 1, 1));
    }

    private static String roleKey(String text) {
        return text.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    private static RoleAssignmentData assignment(Fixture f, AssignmentBasis basis) {
        return new RoleAssignmentData(f.organisation(), f.role(), f.wijk(), basis, Validity.ALWAYS, "matrix", null);
    }

    private static PartnershipData tie(Fixture f, boolean confirmed) {
        return new PartnershipData(f.organisation(), f.neighbour(), TieKind.COLLABORATION, Intensity.COOPERATION,
                false, false, Validity.ALWAYS, confirmed, null, null);
    }

    private static FundingData grant(Fixture f, long cents) {
        return new FundingData(f.neighbour(), f.organisation(), RecipientKind.ACTOR, cents, FundingInstrument.SUBSIDY,
                Validity.ALWAYS, "matrix", null);
    }

    private static InitiativeData initiative(Fixture f, String name) {
        return new InitiativeData("Initiatief " + name, null, f.wijk(), null, Set.of(), Set.of(), InitiativeStatus.ACTIVE, Validity.ALWAYS);
    }

    private static NeedData need(Fixture f, String name) {
        return NeedData.heard("Behoefte " + name, f.wijk(), Set.of(), Set.of(), LocalDate.of(2026, 1, 1));
    }

    private Fixture fixture() {
        if (fixture == null) {
            TestUsers.signInAsAdmin("fixture");
            var province = areas.findByCode("PV28").orElseThrow();
            var rotterdam = areas.findByCode("GM0599").orElseThrow();
            var wijk = areas.create(AreaData.of(AreaLevel.WIJK, "WK059998", "Matrixwijk", rotterdam.id()));
            var elsewhere = areas.create(AreaData.of(AreaLevel.MUNICIPALITY, "GM9998", "Matrixgemeente", province.id()));
            var otherWijk = areas.create(AreaData.of(AreaLevel.WIJK, "WK999801", "Buitenwijk", elsewhere.id()));
            var organisation = actors.create(ActorData.of("Matrixpartner", ActorKind.CULTURAL_INSTITUTION, wijk.id()));
            var neighbour = actors.create(ActorData.of("Matrixbuur", ActorKind.LIBRARY, wijk.id()));
            fixture = new Fixture(wijk.id(), otherWijk.id(), organisation.id(), neighbour.id(), roles.all().getFirst().id());
            TestUsers.signOut();
        }
        return fixture;
    }

}
