package nl.weefsel.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.weefsel.WeefselIntegrationTest;
import nl.weefsel.actor.ActorData;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.actor.ActorService;
import nl.weefsel.area.AreaData;
import nl.weefsel.area.AreaLevel;
import nl.weefsel.area.AreaService;
import nl.weefsel.audit.ChangeEntry;
import nl.weefsel.audit.HistoryService;
import nl.weefsel.base.ConcurrentEditException;
import nl.weefsel.base.Discipline;
import nl.weefsel.base.InvalidInputException;
import nl.weefsel.base.RecordChanged;
import nl.weefsel.base.TargetGroup;
import nl.weefsel.base.Validity;
import nl.weefsel.initiative.InitiativeData;
import nl.weefsel.initiative.InitiativeService;
import nl.weefsel.initiative.InitiativeStatus;
import nl.weefsel.security.TestUsers;
import nl.weefsel.security.WeefselRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

/** Funding ties on the real embedded Neo4j: recording, refusing, and what the analysis service makes of them. */
class FundingServiceTest extends WeefselIntegrationTest {

    static final LocalDate DAY = LocalDate.of(2025, 6, 1);
    static final Validity YEAR_2025 = new Validity(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

    @Autowired FundingService fundings;
    @Autowired BudgetService budgets;
    @Autowired FundingAnalysisService analysis;
    @Autowired ActorService actors;
    @Autowired AreaService areas;
    @Autowired InitiativeService initiatives;
    @Autowired HistoryService history;
    @Autowired nl.weefsel.collaboration.ChangeBroadcaster broadcaster;
    @Autowired nl.weefsel.security.AccessPolicy access;
    @Autowired nl.weefsel.initiative.NeedService needs;
    @Autowired nl.weefsel.coverage.CoverageService coverage;
    @Autowired Neo4jClient neo4j;

    String wijk;
    String buurt;
    String fund;
    String maker;
    String initiative;

    @BeforeEach
    void fixture() {
        TestUsers.signInAsAdmin("funding-test");
        String u = UUID.randomUUID().toString().substring(0, 8);
        String rotterdam = areas.findByCode("GM0599").orElseThrow().id();
        wijk = areas.create(AreaData.of(AreaLevel.WIJK, null, "Fondswijk " + u, rotterdam)).id();
        buurt = areas.create(AreaData.of(AreaLevel.BUURT, null, "Fondsbuurt " + u, wijk)).id();
        fund = actors.create(ActorData.of("Fonds " + u, ActorKind.FUNDER, rotterdam)).id();
        maker = actors.create(maker("Maker " + u, wijk, Set.of(Discipline.MUSIC), Set.of(TargetGroup.YOUTH))).id();
        initiative = initiatives.register(new InitiativeData("Koor " + u, null, buurt, maker, Set.of(TargetGroup.YOUTH),
                Set.of(Discipline.MUSIC), InitiativeStatus.ACTIVE, Validity.ALWAYS)).id();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void a_funding_tie_is_linked_to_funder_and_recipient_versioned_audited_ended_and_deleted() {
        var tie = fundings.create(grant(fund, initiative, 500_000, FundingInstrument.SUBSIDY));

        assertThat(fundings.find(tie.id())).hasValue(tie);
        assertThat(tie.provenance().assertedBy()).isEqualTo("funding-test");
        assertThat(links(tie.id())).containsExactlyInAnyOrder("FUNDED_BY:" + fund, "FUNDS:" + initiative);
        assertThat(fundings.involving(maker, null)).isEmpty();
        assertThat(fundings.involving(initiative, null)).containsExactly(tie);

        var changed = fundings.update(tie.id(), tie.version(), grant(fund, maker, 600_000, FundingInstrument.MATCHFUNDING));
        assertThat(changed.version()).isEqualTo(tie.version() + 1);
        assertThat(links(tie.id())).containsExactlyInAnyOrder("FUNDED_BY:" + fund, "FUNDS:" + maker);
        assertThatThrownBy(() -> fundings.update(tie.id(), tie.version(), grant(fund, maker, 1, FundingInstrument.LOAN)))
                .isInstanceOf(ConcurrentEditException.class);

        var ended = fundings.end(changed.id(), changed.version(), LocalDate.of(2025, 9, 30));
        assertThat(ended.validity()).isEqualTo(new Validity(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 9, 30)));
        assertThat(fundings.involving(maker, LocalDate.of(2025, 10, 1))).isEmpty();
        assertThat(fundings.involving(maker, LocalDate.of(2025, 9, 30))).containsExactly(ended);

        fundings.delete(tie.id());
        assertThat(fundings.find(tie.id())).isEmpty();
        assertThat(history.ofRecord(tie.id())).extracting(ChangeEntry::change).containsExactlyInAnyOrder(
                RecordChanged.Change.CREATED, RecordChanged.Change.UPDATED, RecordChanged.Change.ENDED, RecordChanged.Change.DELETED);
    }

    @Test
    void deleting_an_initiative_deletes_its_funding_and_budget_with_their_history_kept() {
        var grant = fundings.create(grant(fund, initiative, 500_000, FundingInstrument.SUBSIDY));
        var elsewhere = fundings.create(grant(fund, maker, 100_000, FundingInstrument.DONATION));
        budgets.set(initiative, 0, 1_000_000L, null);
        String budgetId = budgets.of(initiative).orElseThrow().id();

        initiatives.delete(initiative);

        assertThat(fundings.find(grant.id())).isEmpty();
        assertThat(budgets.of(initiative)).isEmpty();
        assertThat(fundings.find(elsewhere.id())).isPresent();
        assertThat(history.ofRecord(grant.id())).extracting(ChangeEntry::change).contains(RecordChanged.Change.DELETED);
        assertThat(history.ofRecord(budgetId)).extracting(ChangeEntry::change).contains(RecordChanged.Change.DELETED);
        assertThat(neo4j.query("MATCH (f:Funding) WHERE NOT (f)-[:FUNDS]->() RETURN count(f) AS n").fetchAs(Long.class).one())
                .hasValue(0L);
    }

    @Test
    void refused_input_names_the_field_and_writes_nothing() {
        long before = fundingNodes();

        assertRefused(grant(fund, maker, 0, FundingInstrument.SUBSIDY), "amount", "must be more than 0");
        assertRefused(grant(fund, maker, -100, FundingInstrument.SUBSIDY), "amount", "must be more than 0");
        assertRefused(new FundingData(fund, maker, RecipientKind.ACTOR, null, FundingInstrument.SUBSIDY, YEAR_2025, null, null),
                "amount", "is required");
        assertRefused(grant(fund, maker, 100, null), "instrument", "is required");
        assertRefused(grant(fund, fund, 100, FundingInstrument.SUBSIDY), "funder", "cannot fund itself");
        assertRefused(grant(fund, maker, 100, FundingInstrument.OWN_INCOME), "funder", "own income comes from the recipient");
        assertRefused(new FundingData(fund, null, RecipientKind.ACTOR, 100L, FundingInstrument.SUBSIDY, YEAR_2025, null, null),
                "recipient", "is required");
        assertThatThrownBy(() -> FundingInstrument.parse("crowdfunding"))
                .isInstanceOf(InvalidInputException.class).hasMessage("instrument: 'crowdfunding' is not a known instrument");
        assertThatThrownBy(() -> new Validity(LocalDate.of(2025, 12, 31), LocalDate.of(2025, 1, 1)))
                .isInstanceOf(InvalidInputException.class).hasMessage("validity: ends (2025-01-01) before it starts (2025-12-31)");

        assertThat(fundingNodes()).isEqualTo(before);
        assertThat(FundingInstrument.parse(" participatory grantmaking")).isEqualTo(FundingInstrument.PARTICIPATORY_GRANTMAKING);
        assertThat(fundings.create(grant(maker, maker, 100, FundingInstrument.OWN_INCOME)).instrument())
                .isEqualTo(FundingInstrument.OWN_INCOME);
        assertThat(fundings.create(grant(maker, initiative, 100, FundingInstrument.OWN_INCOME)).recipientKind())
                .isEqualTo(RecipientKind.INITIATIVE);
    }

    @Test
    void the_mix_measures_the_ties_valid_on_a_day_against_the_budget() {
        fundings.create(grant(fund, initiative, 400_000, FundingInstrument.SUBSIDY));
        fundings.create(grant(maker, initiative, 100_000, FundingInstrument.OWN_INCOME));
        fundings.create(new FundingData(fund, initiative, RecipientKind.INITIATIVE, 300_000L, FundingInstrument.LOAN,
                new Validity(LocalDate.of(2026, 1, 1), null), null, null));

        var withoutBudget = analysis.mix(initiative, DAY);
        assertThat(withoutBudget.status()).isEqualTo(FinancingMix.Status.NO_BUDGET);
        assertThat(withoutBudget.totalCents()).isEqualTo(500_000);
        assertThat(withoutBudget.totalShare()).isNull();

        var budget = budgets.set(initiative, 0, 1_000_000L, "begroting 2025");
        var short_ = analysis.mix(initiative, DAY);
        assertThat(short_.status()).isEqualTo(FinancingMix.Status.SHORT);
        assertThat(short_.totalShare()).isEqualByComparingTo("0.5");
        assertThat(short_.gapCents()).isEqualTo(500_000);
        assertThat(short_.sources()).extracting(FinancingMix.Source::funderId).containsExactly(fund, maker);

        var over = analysis.mix(initiative, LocalDate.of(2026, 3, 1)); // the 2025 ties ended, the loan started
        assertThat(over.totalCents()).isEqualTo(300_000);
        assertThat(over.totalShare()).isEqualByComparingTo("0.3");
        budgets.set(initiative, budget.version(), 250_000L, null);
        var overFinanced = analysis.mix(initiative, LocalDate.of(2026, 3, 1));
        assertThat(overFinanced.status()).isEqualTo(FinancingMix.Status.OVER);
        assertThat(overFinanced.gapCents()).isEqualTo(-50_000);

        assertThatThrownBy(() -> budgets.set(initiative, budget.version(), 1L, null)).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> budgets.set(initiative, budget.version() + 1, 0L, null))
                .isInstanceOf(InvalidInputException.class).hasMessage("budget: must be more than 0");
        assertThat(budgets.of(initiative).orElseThrow().amountCents()).isEqualTo(250_000);
        budgets.remove(initiative);
        assertThat(analysis.mix(initiative, DAY).status()).isEqualTo(FinancingMix.Status.NO_BUDGET);
    }

    @Test
    void money_per_area_rolls_up_to_the_areas_around_it() {
        fundings.create(grant(fund, initiative, 200_000, FundingInstrument.SUBSIDY)); // in the buurt
        fundings.create(grant(fund, maker, 50_000, FundingInstrument.DONATION)); // in the wijk
        fundings.create(new FundingData(fund, maker, RecipientKind.ACTOR, 70_000L, FundingInstrument.LOAN,
                new Validity(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)), null, null)); // over by the day

        var perArea = analysis.perArea(DAY);
        var inBuurt = row(perArea, buurt);
        var inWijk = row(perArea, wijk);
        assertThat(List.of(inBuurt.ownCents(), inBuurt.totalCents(), (long) inBuurt.ties())).containsExactly(200_000L, 200_000L, 1L);
        assertThat(List.of(inWijk.ownCents(), inWijk.totalCents(), (long) inWijk.ties())).containsExactly(50_000L, 250_000L, 2L);
        assertThat(row(perArea, areas.findByCode("GM0599").orElseThrow().id()).totalCents()).isGreaterThanOrEqualTo(250_000);
        assertThat(row(analysis.perArea(LocalDate.of(2024, 6, 1)), wijk).totalCents()).isEqualTo(70_000);
    }

    @Test
    void a_white_spot_that_gets_money_is_no_longer_listed_as_unfunded() {
        String u = UUID.randomUUID().toString().substring(0, 8);
        String bare = areas.create(AreaData.of(AreaLevel.WIJK, null, "Kale wijk " + u, areas.findByCode("GM0599").orElseThrow().id())).id();
        needs.register(nl.weefsel.initiative.NeedData.heard("Oefenruimte " + u, bare, Set.of(TargetGroup.YOUTH),
                Set.of(Discipline.MUSIC), LocalDate.of(2025, 3, 1)));
        coverage.awaitCurrent();

        assertThat(analysis.unfundedWhiteSpots(DAY)).extracting(row -> row.area().id()).contains(bare);
        assertThat(row(analysis.perArea(DAY), bare).whiteSpots()).isNotEmpty();

        String local = actors.create(ActorData.of("Buurthuis " + u, ActorKind.COMMUNITY_INITIATIVE, bare)).id();
        fundings.create(grant(fund, local, 10_000, FundingInstrument.NETWORK_FUNDING));
        coverage.awaitCurrent();

        assertThat(analysis.unfundedWhiteSpots(DAY)).extracting(row -> row.area().id()).doesNotContain(bare);
        assertThat(row(analysis.perArea(DAY), bare).totalCents()).isEqualTo(10_000);
    }

    @Test
    void funders_of_similar_work_are_ranked_by_ties_and_amount_and_say_why() {
        String u = UUID.randomUUID().toString().substring(0, 8);
        String rotterdam = areas.findByCode("GM0599").orElseThrow().id();
        String musicFund = actors.create(ActorData.of("Muziekfonds " + u, ActorKind.FUNDER, rotterdam)).id();
        String cityFund = actors.create(ActorData.of("Stadsfonds " + u, ActorKind.FUNDER, rotterdam)).id();
        String bigFund = actors.create(ActorData.of("Groot fonds " + u, ActorKind.FUNDER, rotterdam)).id();
        String elsewhere = actors.create(ActorData.of("Ver fonds " + u, ActorKind.FUNDER, rotterdam)).id();
        String band = actors.create(maker("Band " + u, buurt, Set.of(Discipline.MUSIC), Set.of())).id();
        String choir = actors.create(maker("Koor " + u, areas.findByCode("PV28").orElseThrow().id(),
                Set.of(Discipline.MUSIC), Set.of(TargetGroup.ELDERLY))).id();
        String cityWide = actors.create(maker("Stadsbreed " + u, rotterdam, Set.of(Discipline.DANCE), Set.of())).id();
        String province = areas.findByCode("PV28").orElseThrow().id();
        String farAway = areas.create(AreaData.of(AreaLevel.MUNICIPALITY, null, "Verweg " + u, province)).id();
        String unrelated = actors.create(maker("Anders " + u, farAway, Set.of(Discipline.HERITAGE), Set.of(TargetGroup.ELDERLY))).id();
        fundings.create(grant(musicFund, band, 10_000, FundingInstrument.SUBSIDY));
        fundings.create(grant(musicFund, choir, 10_000, FundingInstrument.SUBSIDY));
        fundings.create(grant(cityFund, cityWide, 5_000, FundingInstrument.SUBSIDY));
        fundings.create(grant(bigFund, choir, 90_000, FundingInstrument.LOAN));
        fundings.create(grant(bigFund, maker, 1_000, FundingInstrument.DONATION));
        fundings.create(grant(elsewhere, unrelated, 50_000, FundingInstrument.SUBSIDY));
        fundings.create(grant(band, band, 50_000, FundingInstrument.OWN_INCOME));
        var mine = Set.of(musicFund, cityFund, bigFund, elsewhere, band);

        var similar = analysis.similarFunders(maker).stream().filter(funder -> mine.contains(funder.funderId())).toList();

        assertThat(similar).extracting(SimilarFunder::funderId).containsExactly(musicFund, bigFund, cityFund);
        var first = similar.getFirst();
        assertThat(List.of(first.similarTies(), first.amountCents())).containsExactly(2, 20_000L);
        assertThat(first.disciplines()).containsExactly(Discipline.MUSIC);
        assertThat(first.sameAreaIds()).isEmpty(); // the band is in a buurt inside the maker's wijk, not in the wijk itself
        assertThat(first.fundsSubject()).isFalse();
        assertThat(similar.get(1).fundsSubject()).isTrue();
        assertThat(similar.get(1).parentAreaIds()).containsExactly(province);
        assertThat(similar.get(2).parentAreaIds()).containsExactly(rotterdam);
        assertThat(similar.get(2).disciplines()).isEmpty();
    }

    @Test
    void flows_for_the_network_view_follow_actors_and_areas() {
        var toInitiative = fundings.create(grant(fund, initiative, 200_000, FundingInstrument.SUBSIDY));
        var toMaker = fundings.create(grant(fund, maker, 50_000, FundingInstrument.DONATION));

        assertThat(fundings.flows(Set.of(maker), Set.of(), DAY)).extracting(FundingFlow::fundingId)
                .containsExactly(toInitiative.id(), toMaker.id());
        assertThat(fundings.flows(Set.of(), Set.of(buurt), DAY)).singleElement().satisfies(flow -> {
            assertThat(flow.funderId()).isEqualTo(fund);
            assertThat(flow.recipientId()).isEqualTo(initiative);
            assertThat(flow.recipientActorId()).isEqualTo(maker);
            assertThat(flow.amountCents()).isEqualTo(200_000);
        });
        assertThat(fundings.flows(Set.of(maker), Set.of(), LocalDate.of(2026, 1, 1))).isEmpty();
    }

    @Test
    void a_committed_funding_change_is_broadcast_to_other_browsers() throws InterruptedException {
        var received = new java.util.concurrent.LinkedBlockingQueue<RecordChanged>();
        var subscription = broadcaster.subscribe(change -> change.kind().equals(FundingService.KIND), received::addAll);
        try {
            var tie = fundings.create(grant(fund, maker, 1_000, FundingInstrument.DONATION));

            RecordChanged change = received.poll(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(change).isNotNull();
            assertThat(change.id()).isEqualTo(tie.id());
            assertThat(change.change()).isEqualTo(RecordChanged.Change.CREATED);
            assertThat(change.after()).isEqualTo(tie);
        } finally {
            subscription.remove();
        }
    }

    @Test
    void only_admins_coordinators_and_partners_of_an_organisation_are_offered_the_record_button() {
        assertThat(TestUsers.as("a", WeefselRole.ADMIN, List.of("PV28"), null, access::mayRecordAnyFunding)).isTrue();
        assertThat(TestUsers.as("c", WeefselRole.COORDINATOR, List.of("GM0599"), null, access::mayRecordAnyFunding)).isTrue();
        assertThat(TestUsers.as("p", WeefselRole.PARTNER, List.of(), "SKVR", access::mayRecordAnyFunding)).isTrue();
        assertThat(TestUsers.as("s", WeefselRole.SCOUT, List.of("WK059903"), null, access::mayRecordAnyFunding)).isFalse();
        assertThat(TestUsers.as("v", WeefselRole.ADVISER, List.of("PV28"), null, access::mayRecordAnyFunding)).isFalse();
    }

    static AreaFunding row(List<AreaFunding> rows, String areaId) {
        return rows.stream().filter(row -> row.area().id().equals(areaId)).findFirst().orElseThrow();
    }

    /** A tie for 2025 to an actor or an initiative, whichever {@code recipient} is. */
    FundingData grant(String funder, String recipient, long cents, @org.jspecify.annotations.Nullable FundingInstrument instrument) {
        RecipientKind kind = initiatives.find(recipient).isPresent() ? RecipientKind.INITIATIVE : RecipientKind.ACTOR;
        return new FundingData(funder, recipient, kind, cents, instrument, YEAR_2025, "Toekenningsbrief", null);
    }

    private void assertRefused(FundingData data, String field, String problem) {
        assertThatThrownBy(() -> fundings.create(data)).isInstanceOfSatisfying(InvalidInputException.class, refused -> {
            assertThat(refused.field()).isEqualTo(field);
            assertThat(refused.getMessage()).contains(problem);
        });
    }

    private long fundingNodes() {
        return neo4j.query("MATCH (f:Funding) RETURN count(f) AS n").fetchAs(Long.class)
                .mappedBy((types, row) -> row.get("n").asLong()).one().orElseThrow();
    }

    private List<String> links(String fundingId) {
        return List.copyOf(neo4j.query("MATCH (:Funding {id: $id})-[r]->(x) RETURN type(r) + ':' + x.id AS link")
                .bind(fundingId).to("id").fetchAs(String.class).mappedBy((types, row) -> row.get("link").asString()).all());
    }

    static ActorData maker(String name, String areaId, Set<Discipline> disciplines, Set<TargetGroup> groups) {
        return new ActorData(name, ActorKind.MAKER, null, null, null, null, areaId, Set.of(), null, disciplines, groups);
    }
}
