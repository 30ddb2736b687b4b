package nl.weefsel.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import nl.weefsel.actor.Actor;
import nl.weefsel.actor.ActorData;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.area.AreaData;
import nl.weefsel.area.AreaLevel;
import nl.weefsel.base.Validity;
import nl.weefsel.partnership.Intensity;
import nl.weefsel.partnership.Partnership;
import nl.weefsel.partnership.PartnershipData;
import nl.weefsel.partnership.TieKind;
import nl.weefsel.role.AssignmentBasis;
import nl.weefsel.security.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Continuity risks from what the network knows of a tie (a fixed contact person, an agreement in writing)
 * and of who works where, kept current as ties and people change. Each test builds its own actors in
 * "Gezichtstad" (GM9886) and looks only at them: the shared database holds other tests' records too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContinuityFactsTest extends CoverageIntegrationTest {

    private String city;

    @BeforeAll
    void gezichtstad() {
        TestUsers.signInAsAdmin("coverage-test");
        try {
            city = areas.create(new AreaData(AreaLevel.MUNICIPALITY, "GM9886", "Gezichtstad", 40_000, 2024, "test", null)).id();
        } finally {
            TestUsers.signOut();
        }
    }

    @Test
    void one_known_face_on_a_fixed_contact_tie_is_a_risk_until_a_second_person_works_there() {
        String school = organisation("Gezicht Basisschool Een", ActorKind.SCHOOL);
        person("Gezicht ICC'er Een", school);
        String theatre = organisation("Gezicht Theater Een", ActorKind.CULTURAL_INSTITUTION);
        Partnership tie = ties.create(facts(school, theatre, false, true));
        coverage.awaitCurrent();

        assertThat(risks(ContinuityRiskKind.FIXED_CONTACT_WITHOUT_BACKUP, school)).singleElement().satisfies(risk -> {
            assertThat(risk.other().id()).isEqualTo(theatre);
            assertThat(risk.tieId()).isEqualTo(tie.id());
            assertThat(risk.cutOff()).isEmpty();
            assertThat(risk.areaIds()).containsExactly(city);
        });
        assertThat(coverage.continuityRisks(city)).as("shown for the area the school lies in")
                .anyMatch(risk -> risk.kind() == ContinuityRiskKind.FIXED_CONTACT_WITHOUT_BACKUP && risk.actor().id().equals(school));

        Actor backUp = person("Gezicht Vakdocent Een", school);
        coverage.awaitCurrent();

        assertThat(risks(ContinuityRiskKind.FIXED_CONTACT_WITHOUT_BACKUP, school)).as("two people: a back-up").isEmpty();

        ActorData elsewhere = ActorData.from(backUp);
        actors.update(backUp.id(), backUp.version(), new ActorData(elsewhere.name(), elsewhere.kind(), null, null, null, null,
                null, Set.of(), null, Set.of(), Set.of()));
        coverage.awaitCurrent();

        assertThat(risks(ContinuityRiskKind.FIXED_CONTACT_WITHOUT_BACKUP, school)).as("the back-up no longer works there")
                .hasSize(1);
    }

    @Test
    void switching_the_fixed_contact_flag_on_and_off_makes_the_risk_appear_and_go() {
        String library = organisation("Gezicht Bibliotheek", ActorKind.LIBRARY);
        person("Gezicht Bibliothecaris", library);
        String museum = organisation("Gezicht Museum", ActorKind.CULTURAL_INSTITUTION);
        Partnership tie = ties.create(facts(library, museum, true, false));
        coverage.awaitCurrent();

        assertThat(risks(ContinuityRiskKind.FIXED_CONTACT_WITHOUT_BACKUP, library)).as("no fixed contact person").isEmpty();

        Partnership fixed = ties.update(tie.id(), tie.version(), facts(library, museum, true, true));
        coverage.awaitCurrent();

        assertThat(risks(ContinuityRiskKind.FIXED_CONTACT_WITHOUT_BACKUP, library)).singleElement()
                .satisfies(risk -> assertThat(risk.tieId()).isEqualTo(tie.id()));
        assertThat(risks(ContinuityRiskKind.FIXED_CONTACT_WITHOUT_BACKUP, museum)).as("nobody known at the museum").isEmpty();

        ties.update(fixed.id(), fixed.version(), facts(library, museum, true, false));
        coverage.awaitCurrent();

        assertThat(risks(ContinuityRiskKind.FIXED_CONTACT_WITHOUT_BACKUP, library)).isEmpty();
    }

    @Test
    void a_person_on_a_fixed_contact_tie_is_no_organisation_without_back_up() {
        String centre = organisation("Gezicht Adviescentrum", ActorKind.KNOWLEDGE_CENTRE);
        String adviser = person("Gezicht Adviseur", centre).id();
        String school = organisation("Gezicht Basisschool Twee", ActorKind.SCHOOL);
        person("Gezicht ICC'er Twee", school);
        person("Gezicht Directeur Twee", school);
        ties.create(facts(adviser, school, false, true));
        coverage.awaitCurrent();

        assertThat(coverage.continuityRisks(null)).filteredOn(risk -> risk.kind() == ContinuityRiskKind.FIXED_CONTACT_WITHOUT_BACKUP)
                .as("the adviser is a person, the centre is no party, the school has two people")
                .noneMatch(risk -> Set.of(centre, adviser, school).contains(risk.actor().id()));
    }

    @Test
    void a_written_agreement_on_one_of_a_schools_provider_ties_takes_the_agreement_risk_away() {
        String school = organisation("Gezicht Basisschool Drie", ActorKind.SCHOOL);
        String icc = person("Gezicht ICC'er Drie", school).id();
        String music = provider("Gezicht Muziekschool");
        String dance = provider("Gezicht Dansschool");
        String museum = organisation("Gezicht Stadsmuseum", ActorKind.CULTURAL_INSTITUTION);
        ties.create(facts(school, music, false, false));
        Partnership throughIcc = ties.create(facts(icc, dance, false, false));
        ties.create(facts(school, museum, true, false));
        coverage.awaitCurrent();

        assertThat(risks(ContinuityRiskKind.SCHOOL_TIES_WITHOUT_AGREEMENT, school))
                .as("the written agreement is with a museum, which offers nothing out of school").singleElement()
                .satisfies(risk -> assertThat(risk.cutOff()).extracting(ActorRef::id).containsExactly(school));
        assertThat(risks(ContinuityRiskKind.SCHOOL_WITHOUT_OUT_OF_SCHOOL_TIE, school)).isEmpty();

        ties.update(throughIcc.id(), throughIcc.version(), facts(icc, dance, true, false));
        coverage.awaitCurrent();

        assertThat(risks(ContinuityRiskKind.SCHOOL_TIES_WITHOUT_AGREEMENT, school)).as("the ICC'er's tie is in writing").isEmpty();
    }

    private List<ContinuityRisk> risks(ContinuityRiskKind kind, String actorId) {
        return coverage.continuityRisks(null).stream()
                .filter(risk -> risk.kind() == kind && risk.actor().id().equals(actorId)).toList();
    }

    private String organisation(String name, ActorKind kind) {
        return actors.create(ActorData.of(name, kind, city)).id();
    }

    private Actor person(String name, String worksFor) {
        return actors.create(new ActorData(name, ActorKind.PERSON, null, null, null, null, null, Set.of(), worksFor, Set.of(),
                Set.of()));
    }

    /** An organisation holding the out-of-school role in the city. */
    private String provider(String name) {
        String id = organisation(name, ActorKind.ARTS_EDUCATION_CENTRE);
        new CoverageFixture.Assigner(roles, assignments).role(id, "OUT_OF_SCHOOL_EDUCATION", city, AssignmentBasis.ASSIGNED,
                Validity.ALWAYS);
        return id;
    }

    private static PartnershipData facts(String from, String to, boolean writtenAgreement, boolean fixedContactPerson) {
        return new PartnershipData(from, to, TieKind.COLLABORATION, Intensity.COOPERATION, writtenAgreement, fixedContactPerson,
                Validity.ALWAYS, true, null, null);
    }
}
