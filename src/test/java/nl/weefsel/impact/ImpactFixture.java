package nl.weefsel.impact;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.weefsel.actor.ActorData;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.actor.ActorService;
import nl.weefsel.actor.SchoolType;
import nl.weefsel.area.AreaService;
import nl.weefsel.base.Validity;
import nl.weefsel.partnership.Intensity;
import nl.weefsel.partnership.PartnershipData;
import nl.weefsel.partnership.PartnershipService;
import nl.weefsel.partnership.TieKind;
import nl.weefsel.security.TestUsers;

/**
 * A go school and a cultural partner in a Rotterdam wijk with a tie between them (fixed contact
 * person, no written agreement), a neighbour organisation outside the tie and a funder; names are
 * unique per fixture because the test database is shared.
 */
record ImpactFixture(String school, String schoolName, String partner, String partnerName, String neighbourName,
                     String funder, String funderName, String tie) {

    static ImpactFixture create(AreaService areas, ActorService actors, PartnershipService partnerships) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        TestUsers.signInAsAdmin("impact-fixture");
        try {
            String wijk = areas.findByCode("WK059903").orElseThrow().id();
            var school = actors.create(new ActorData("Impactschool " + suffix, ActorKind.SCHOOL, SchoolType.GO, null, null,
                    null, wijk, Set.of(), null, Set.of(), Set.of()));
            var partner = actors.create(ActorData.of("Impactpartner " + suffix, ActorKind.CULTURAL_INSTITUTION, wijk));
            var neighbour = actors.create(ActorData.of("Impactbuur " + suffix, ActorKind.CULTURAL_INSTITUTION, wijk));
            var funder = actors.create(ActorData.of("Impactfonds " + suffix, ActorKind.FUNDER, null));
            var tie = partnerships.create(new PartnershipData(partner.id(), school.id(), TieKind.COLLABORATION,
                    Intensity.COOPERATION, false, true, Validity.ALWAYS, true, null, null));
            return new ImpactFixture(school.id(), school.name(), partner.id(), partner.name(), neighbour.name(),
                    funder.id(), funder.name(), tie.id());
        } finally {
            TestUsers.signOut();
        }
    }

    ImpactOwner owner() {
        return ImpactOwner.partnership(tie);
    }

    static MomentData moment(MomentKind kind, String label, int order, Integer participants) {
        return new MomentData(kind, label, LocalDate.of(2026, 1, 15).plusMonths(order), order,
                new Counts(participants, participants, 0, 4, 0, Set.of(), Set.of(), Map.of(ImpactSignal.INCIDENTS, 3)), null);
    }

    static StoryData story(String text) {
        return new StoryData(Perspective.PARENT, LocalDate.of(2026, 3, 1), text, true, null, "ouder van een leerling",
                LocalDate.of(2026, 3, 1));
    }
}
