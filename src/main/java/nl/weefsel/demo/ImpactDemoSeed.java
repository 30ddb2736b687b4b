package nl.weefsel.demo;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import nl.weefsel.base.Discipline;
import nl.weefsel.base.TargetGroup;
import nl.weefsel.impact.CheckStatus;
import nl.weefsel.impact.ChecklistItem;
import nl.weefsel.impact.ChecklistService;
import nl.weefsel.impact.Counts;
import nl.weefsel.impact.ImpactOwner;
import nl.weefsel.impact.ReportData;
import nl.weefsel.initiative.InitiativeService;
import nl.weefsel.impact.ImpactService;
import nl.weefsel.impact.ImpactSignal;
import nl.weefsel.impact.MomentData;
import nl.weefsel.impact.MomentKind;
import nl.weefsel.impact.Perspective;
import nl.weefsel.impact.Sharing;
import nl.weefsel.impact.StoryData;
import nl.weefsel.partnership.PartnershipService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Illustrative impact records for the demo: SKVR's trajectory with VO-school 1 (invented figures,
 * quotes in the spirit of seed 002) with a report shared with the demo fund, and the counts of one
 * initiative (Muziekatelier Bospolder), so the impact pages are not empty. Only into the demo ecosystem
 * and only while no impact record exists.
 */
@Component
@Order(110)
class ImpactDemoSeed implements nl.weefsel.database.DatabaseSeed {

    static final String SCHOOL = "demo-school-vo-1";
    static final String PARTNER = "demo-skvr";
    static final String FUND = "demo-fonds";
    static final String INITIATIVE = "demo-init-muziekatelier";

    private final boolean enabled;
    private final PartnershipService partnerships;
    private final ImpactService impact;
    private final ChecklistService checklists;
    private final InitiativeService initiatives;

    ImpactDemoSeed(@Value("${weefsel.demo-data:true}") boolean enabled, PartnershipService partnerships, ImpactService impact,
                   ChecklistService checklists, InitiativeService initiatives) {
        this.initiatives = initiatives;
        this.enabled = enabled;
        this.partnerships = partnerships;
        this.impact = impact;
        this.checklists = checklists;
    }

    @Override
    @Transactional
    public void seed() {
        if (!enabled || impact.anyRecorded()) {
            return;
        }
        partnerships.ofActor(SCHOOL).stream().filter(tie -> tie.involves(PARTNER)).findFirst().ifPresent(tie -> {
            String id = tie.id();
            ImpactOwner owner = ImpactOwner.partnership(id);
            var baseline = impact.recordMoment(owner, moment(MomentKind.BASELINE, "Nulmeting 2025", LocalDate.of(2025, 9, 30), 0,
                    new Counts(48, 48, 0, 0, 0, Set.of(TargetGroup.YOUTH), Set.of(Discipline.MUSIC),
                            Map.of(ImpactSignal.PRESENTATIONS, 0, ImpactSignal.DROPOUTS, 0))));
            impact.shareMoment(owner, baseline.id(), baseline.version(), new Sharing(true, null));
            impact.recordMoment(owner, moment(MomentKind.BLOCK, "Blok 1", LocalDate.of(2025, 12, 19), 1,
                    new Counts(310, 52, 41, 8, 35, Set.of(TargetGroup.YOUTH, TargetGroup.LOW_INCOME),
                            Set.of(Discipline.MUSIC, Discipline.SPOKEN_WORD),
                            Map.of(ImpactSignal.PRESENTATIONS, 1, ImpactSignal.BACKSTAGE_ROLES, 9, ImpactSignal.DROPOUTS, 4))));
            impact.recordMoment(owner, moment(MomentKind.QUARTER, "Q1 2026", LocalDate.of(2026, 3, 31), 2,
                    new Counts(372, 55, 47, 10, 61, Set.of(TargetGroup.YOUTH, TargetGroup.LOW_INCOME),
                            Set.of(Discipline.MUSIC, Discipline.SPOKEN_WORD, Discipline.FILM_AND_MEDIA),
                            Map.of(ImpactSignal.PRESENTATIONS, 3, ImpactSignal.BACKSTAGE_ROLES, 14, ImpactSignal.DROPOUTS, 2))));
            impact.recordStory(owner, new StoryData(Perspective.PARTICIPANT, LocalDate.of(2025, 12, 19),
                    "Wij mochten zelf bepalen wat we gingen maken, daardoor voelde het echt van ons.", true, null,
                    "leerling klas 3 (met ouder)", LocalDate.of(2025, 12, 19)));
            var teacher = impact.recordStory(owner, new StoryData(Perspective.TEACHER_ICC, LocalDate.of(2026, 3, 20),
                    "Uiteindelijk moet je toch voor die groep staan om iets te presenteren - die skills worden hier echt ontwikkeld.",
                    true, null, "docent muziek", LocalDate.of(2026, 3, 20)));
            impact.shareStory(owner, teacher.id(), teacher.version(), new Sharing(true, null));
            impact.recordStory(owner, new StoryData(Perspective.PARENT, LocalDate.of(2026, 3, 28),
                    "Mijn dochter stond voor het eerst op een echt podium; de zaal zat vol ouders.", false, null,
                    "ouder van een leerling", LocalDate.of(2026, 3, 28)));
            checklists.answer(id, 0, null, Map.of(ChecklistItem.PARENT_COMMUNICATION, CheckStatus.PARTLY,
                    ChecklistItem.ANNUAL_CYCLE, CheckStatus.YES, ChecklistItem.PREPARATION, CheckStatus.YES));
            impact.shareReport(owner, new ReportData("Eerste halfjaar 2025/26", LocalDate.of(2025, 9, 1), LocalDate.of(2026, 1, 31),
                    false), new Sharing(false, FUND));
        });
        if (initiatives.find(INITIATIVE).isPresent()) {
            ImpactOwner atelier = ImpactOwner.initiative(INITIATIVE);
            impact.recordMoment(atelier, moment(MomentKind.BASELINE, "Start seizoen 2025", LocalDate.of(2025, 9, 15), 0,
                    new Counts(14, 14, 0, 2, 3, Set.of(TargetGroup.YOUTH), Set.of(Discipline.MUSIC),
                            Map.of(ImpactSignal.PRESENTATIONS, 0, ImpactSignal.NEIGHBOURHOOD_PARTNERS, 1))));
            impact.recordMoment(atelier, moment(MomentKind.QUARTER, "Q4 2025", LocalDate.of(2025, 12, 20), 1,
                    new Counts(96, 21, 15, 12, 18, Set.of(TargetGroup.YOUTH), Set.of(Discipline.MUSIC),
                            Map.of(ImpactSignal.PRESENTATIONS, 1, ImpactSignal.NEIGHBOURHOOD_PARTNERS, 3))));
            impact.recordStory(atelier, new StoryData(Perspective.PARENT, LocalDate.of(2025, 12, 20),
                    "Hij oefent nu elke dag; het atelier is zijn plek in de wijk geworden.", true, null,
                    "ouder van een deelnemer", LocalDate.of(2025, 12, 20)));
        }
    }

    private static MomentData moment(MomentKind kind, String label, LocalDate date, int order, Counts counts) {
        return new MomentData(kind, label, date, order, counts, null);
    }
}
