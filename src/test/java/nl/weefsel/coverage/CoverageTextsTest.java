package nl.weefsel.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.area.AreaLevel;
import nl.weefsel.base.Discipline;
import nl.weefsel.base.TargetGroup;
import nl.weefsel.base.Validity;
import nl.weefsel.base.internal.WeefselI18NProvider;
import nl.weefsel.role.AssignmentBasis;
import nl.weefsel.role.Role;
import org.junit.jupiter.api.Test;

/** Every kind of finding reads as a complete sentence in Dutch and in English. */
class CoverageTextsTest {

    private static final Locale DUTCH = Locale.of("nl");
    private static final AreaRef CITY = new AreaRef("city", "GM0599", "Rotterdam", AreaLevel.MUNICIPALITY, 670_610, 2024);
    private static final AreaRef WIJK = new AreaRef("wijk", "WK059915", "Charlois", AreaLevel.WIJK, 70_525, 2024);
    private static final RoleRef SCOUTING = new RoleRef("r", "NEIGHBOURHOOD_SCOUTING", "Wijkverkenning", "Neighbourhood scouting");
    private static final ActorRef QUARDIN = new ActorRef("q", "Quardin", ActorKind.COMMUNITY_INITIATIVE);
    private static final ActorRef WELZIJN = new ActorRef("w", "Welzijn Zuid", ActorKind.WELFARE);

    private final CoverageTexts texts = new CoverageTexts(new WeefselI18NProvider(),
            List.of(new Role("r", "NEIGHBOURHOOD_SCOUTING", "Wijkverkenning", "Neighbourhood scouting", "", "", 0)));

    @Test
    void a_clash_names_the_area_the_role_and_both_holders() {
        var zone = new GreyZone(WIJK, SCOUTING, GreyZoneSeverity.ASSIGNED_CLASH,
                List.of(holder(QUARDIN, AssignmentBasis.ASSIGNED, WIJK), holder(WELZIJN, AssignmentBasis.ASSIGNED, CITY)));

        assertThat(texts.sentence(zone, DUTCH)).isEqualTo("In Charlois is de rol ‘Wijkverkenning’ formeel aan meer dan één partij "
                + "toegewezen: Quardin (toegewezen) en Welzijn Zuid (toegewezen, via Rotterdam). Die mandaten botsen.");
        assertThat(texts.sentence(zone, Locale.ENGLISH)).startsWith("In Charlois the role ‘Neighbourhood scouting’ has been formally");
    }

    @Test
    void a_white_spot_gives_the_population_with_its_year_and_the_needs_asking_for_it() {
        var spot = new WhiteSpot(WhiteSpotKind.TARGET_GROUP, WIJK, Subject.of(TargetGroup.DISABILITIES), null,
                List.of(new NeedRef("n", "Creatief voor kinderen", LocalDate.of(2025, 11, 3))));

        assertThat(texts.sentence(spot, DUTCH)).isEqualTo("In Charlois richt niemand zich op mensen met een beperking. "
                + "Het gebied telt 70.525 inwoners (peiljaar 2024). Eén onbeantwoorde behoefte vraagt hierom: ‘Creatief voor kinderen’.");
    }

    @Test
    void long_lists_of_names_end_in_a_count_of_the_others() {
        List<ActorRef> many = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            many.add(new ActorRef("s" + i, "School " + i, ActorKind.SCHOOL));
        }
        var risk = new ContinuityRisk(ContinuityRiskKind.ARTICULATION_POINT, QUARDIN, null, null, many, null, List.of());

        assertThat(texts.sentence(risk, DUTCH)).isEqualTo("Als Quardin wegvalt, raken 9 partijen los van de rest van het netwerk: "
                + "School 1, School 2, School 3, School 4, School 5, School 6 en 3 anderen.");
    }

    @Test
    void every_kind_of_finding_has_a_sentence_in_both_languages() {
        List<Object> findings = new ArrayList<>();
        for (GreyZoneSeverity severity : GreyZoneSeverity.values()) {
            findings.add(new GreyZone(WIJK, SCOUTING, severity, List.of(holder(QUARDIN, AssignmentBasis.ASSIGNED, WIJK),
                    holder(WELZIJN, AssignmentBasis.PRACTISED, WIJK))));
        }
        findings.add(new WhiteSpot(WhiteSpotKind.UNANSWERED_NEED, WIJK, null, new NeedRef("n", "Dans", null), List.of()));
        findings.add(new WhiteSpot(WhiteSpotKind.UNANSWERED_NEED, WIJK, null, new NeedRef("n", "Dans", LocalDate.of(2025, 1, 2)), List.of()));
        findings.add(new WhiteSpot(WhiteSpotKind.ROLE, CITY, Subject.role("NEIGHBOURHOOD_SCOUTING"), null, List.of()));
        findings.add(new WhiteSpot(WhiteSpotKind.DISCIPLINE, CITY, Subject.of(Discipline.DANCE), null, List.of()));
        for (ContinuityRiskKind kind : ContinuityRiskKind.values()) {
            findings.add(new ContinuityRisk(kind, QUARDIN, WELZIJN, "t", List.of(WELZIJN), 0.75, List.of()));
        }
        findings.add(new Broker(QUARDIN, Sector.SOCIAL, Set.of(Sector.EDUCATION, Sector.CULTURE), 1, 2, 0.5, 0.5, 2.0));

        for (Locale locale : List.of(DUTCH, Locale.ENGLISH)) {
            for (Object finding : findings) {
                String sentence = switch (finding) {
                    case GreyZone zone -> texts.sentence(zone, locale);
                    case WhiteSpot spot -> texts.sentence(spot, locale);
                    case ContinuityRisk risk -> texts.sentence(risk, locale);
                    case Broker broker -> texts.sentence(broker, locale);
                    default -> throw new IllegalArgumentException();
                };
                assertThat(sentence).as(finding + " in " + locale).doesNotContain("!", "{", "}").endsWith(".")
                        .containsAnyOf("Quardin", "Charlois", "Rotterdam");
            }
        }
    }

    private static Holder holder(ActorRef actor, AssignmentBasis basis, AreaRef in) {
        return new Holder(actor, basis, in, in != WIJK, Validity.ALWAYS, "ra", null);
    }
}
