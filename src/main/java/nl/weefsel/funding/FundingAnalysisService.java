package nl.weefsel.funding;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.weefsel.area.Area;
import nl.weefsel.area.AreaService;
import nl.weefsel.base.NotFoundException;
import nl.weefsel.coverage.CoverageService;
import nl.weefsel.coverage.WhiteSpot;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the funding ties as a whole: an initiative's financing mix, funders of similar work, money per area. */
@Service
@Transactional(readOnly = true)
public class FundingAnalysisService {

    private final FundingService fundings;
    private final BudgetService budgets;
    private final FundedWork work;
    private final AreaService areas;
    private final CoverageService coverage;

    FundingAnalysisService(FundingService fundings, BudgetService budgets, FundedWork work, AreaService areas,
                           CoverageService coverage) {
        this.fundings = fundings;
        this.budgets = budgets;
        this.work = work;
        this.areas = areas;
        this.coverage = coverage;
    }

    /** The initiative's financing mix on {@code day}, against its budget. */
    public FinancingMix mix(String initiativeId, LocalDate day) {
        work.initiative(initiativeId);
        Long budget = budgets.of(initiativeId).map(Budget::amountCents).orElse(null);
        return FinancingMix.of(initiativeId, day, budget, fundings.involving(initiativeId, day));
    }

    /**
     * Funders of work like the actor's or initiative's: same discipline, same target group, same area or
     * an area around it. Ranked by the number of such ties, then by their amount; own income is no funder.
     */
    public List<SimilarFunder> similarFunders(String actorOrInitiativeId) {
        FundedWork.Profile subject = work.profile(actorOrInitiativeId)
                .orElseThrow(() -> new NotFoundException("Actor or initiative", actorOrInitiativeId));
        return work.similarFunders(subject, fundings.all()).stream()
                .sorted(Comparator.comparingInt(SimilarFunder::similarTies).reversed()
                        .thenComparing(Comparator.comparingLong(SimilarFunder::amountCents).reversed())
                        .thenComparing(SimilarFunder::funderId))
                .toList();
    }

    /**
     * The money that reaches each area on {@code day}, rolled up to the areas around it, beside the white
     * spots coverage finds there; every area, most money first.
     */
    public List<AreaFunding> perArea(LocalDate day) {
        List<Area> all = areas.all();
        Map<String, @Nullable String> parents = new HashMap<>();
        all.forEach(area -> parents.put(area.id(), area.parentId()));
        Map<String, Long> amounts = new HashMap<>();
        Map<String, String> areaOf = new HashMap<>();
        for (Funding tie : fundings.involving(null, day)) {
            work.areaOf(tie).ifPresent(area -> {
                amounts.put(tie.id(), tie.amountCents());
                areaOf.put(tie.id(), area);
            });
        }
        Map<String, AreaSums.Sum> sums = AreaSums.rollUp(parents, amounts, areaOf);
        Map<String, List<WhiteSpot>> spots = new HashMap<>();
        coverage.whiteSpots(null).forEach(spot -> spots.computeIfAbsent(spot.area().id(), id -> new java.util.ArrayList<>()).add(spot));
        return all.stream().map(area -> {
                    AreaSums.Sum sum = sums.getOrDefault(area.id(), AreaSums.Sum.NONE);
                    return new AreaFunding(area, sum.ownCents(), sum.totalCents(), sum.ties(), spots.getOrDefault(area.id(), List.of()));
                })
                .sorted(Comparator.comparingLong(AreaFunding::totalCents).reversed()
                        .thenComparing(funding -> funding.area().name()))
                .toList();
    }

    /** The areas with white spots that get no money either. */
    public List<AreaFunding> unfundedWhiteSpots(LocalDate day) {
        return perArea(day).stream().filter(AreaFunding::isUnfundedWhiteSpot).toList();
    }
}
