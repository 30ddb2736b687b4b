package nl.weefsel.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.weefsel.actor.ActorData;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.actor.ActorService;
import nl.weefsel.area.AreaService;
import nl.weefsel.base.Validity;
import nl.weefsel.funding.BudgetService;
import nl.weefsel.funding.FundingData;
import nl.weefsel.funding.FundingInstrument;
import nl.weefsel.funding.FundingService;
import nl.weefsel.funding.RecipientKind;
import nl.weefsel.initiative.InitiativeService;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's funders, funding ties and budgets ({@code demo/rotterdam-funding.json}), loaded by
 * {@link DemoDataSeed} in its transaction after the rest of the ecosystem. Amounts are whole euros.
 */
@Component
class DemoFunding {

    static final String RESOURCE = "demo/rotterdam-funding.json";

    record Data(String description, List<FunderRow> funders, List<BudgetRow> budgets, List<FundingRow> funding) {
    }

    record FunderRow(String id, String name, String locatedIn, @Nullable String description) {
    }

    record BudgetRow(String initiative, long amount, @Nullable String note) {
    }

    record FundingRow(String funder, String recipient, long amount, FundingInstrument instrument,
                      @Nullable LocalDate validFrom, @Nullable LocalDate validUntil, @Nullable String source) {
    }

    private final ActorService actors;
    private final AreaService areas;
    private final InitiativeService initiatives;
    private final FundingService fundings;
    private final BudgetService budgets;

    DemoFunding(ActorService actors, AreaService areas, InitiativeService initiatives, FundingService fundings,
                BudgetService budgets) {
        this.actors = actors;
        this.areas = areas;
        this.initiatives = initiatives;
        this.fundings = fundings;
        this.budgets = budgets;
    }

    /** @return how many funding ties were loaded */
    int load() {
        Data data = read();
        for (FunderRow row : data.funders()) {
            String area = areas.findByCode(row.locatedIn()).orElseThrow().id();
            actors.create(row.id(), new ActorData(row.name(), ActorKind.FUNDER, null, row.description(), null, null, area,
                    Set.of(), null, Set.of(), Set.of()));
        }
        for (FundingRow row : data.funding()) {
            RecipientKind kind = initiatives.find(row.recipient()).isPresent() ? RecipientKind.INITIATIVE : RecipientKind.ACTOR;
            fundings.create(new FundingData(row.funder(), row.recipient(), kind, row.amount() * 100, row.instrument(),
                    new Validity(row.validFrom(), row.validUntil()), row.source(), null));
        }
        data.budgets().forEach(row -> budgets.set(row.initiative(), 0, row.amount() * 100, row.note()));
        return data.funding().size();
    }

    static Data read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return JsonMapper.builder().build().readValue(in, Data.class);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + RESOURCE, e);
        }
    }
}
