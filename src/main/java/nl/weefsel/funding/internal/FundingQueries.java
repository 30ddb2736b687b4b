package nl.weefsel.funding.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.weefsel.base.Provenance;
import nl.weefsel.base.Validity;
import nl.weefsel.base.internal.Props;
import nl.weefsel.funding.Funding;
import nl.weefsel.funding.FundingFlow;
import nl.weefsel.funding.FundingInstrument;
import nl.weefsel.funding.RecipientKind;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** The funding ties' relationships and read projections. A tie whose funder or recipient is gone is not listed. */
@Component
public class FundingQueries {

    private static final String CURRENT = """
            ($day IS NULL OR ((f.validFrom IS NULL OR f.validFrom <= $day) AND (f.validUntil IS NULL OR f.validUntil >= $day)))
            """;

    private final Neo4jClient client;

    public FundingQueries(Neo4jClient client) {
        this.client = client;
    }

    /** (Re)draws the tie's relationships to its funder and recipient, inside the caller's transaction. */
    public void link(String fundingId, String funderId, String recipientId) {
        client.query("""
                        MATCH (f:Funding {id: $id})
                        OPTIONAL MATCH (f)-[old:FUNDED_BY|FUNDS]->()
                        DELETE old
                        WITH DISTINCT f
                        MATCH (funder:Actor {id: $funderId})
                        MATCH (recipient {id: $recipientId}) WHERE recipient:Actor OR recipient:Initiative
                        CREATE (f)-[:FUNDED_BY]->(funder), (f)-[:FUNDS]->(recipient)
                        """)
                .bindAll(Map.of("id", fundingId, "funderId", funderId, "recipientId", recipientId)).run();
    }

    public void linkBudget(String budgetId, String initiativeId) {
        client.query("""
                        MATCH (b:Budget {id: $id}), (i:Initiative {id: $initiativeId})
                        MERGE (b)-[:BUDGET_OF]->(i)
                        """)
                .bindAll(Map.of("id", budgetId, "initiativeId", initiativeId)).run();
    }

    /** Ties that involve the actor or initiative (as funder or recipient), or all; only those valid on {@code day} unless null. */
    public List<Funding> list(@Nullable String involvedId, @Nullable LocalDate day) {
        Map<String, @Nullable Object> parameters = new HashMap<>();
        parameters.put("involvedId", involvedId);
        parameters.put("day", day);
        return List.copyOf(client.query("""
                        MATCH (funder:Actor)<-[:FUNDED_BY]-(f:Funding)-[:FUNDS]->(recipient)
                        WHERE ($involvedId IS NULL OR funder.id = $involvedId OR recipient.id = $involvedId) AND
                        """ + CURRENT + """
                        RETURN f {.*} AS funding
                        ORDER BY funder.name, recipient.name, f.validFrom
                        """)
                .bindAll(parameters)
                .fetchAs(Funding.class).mappedBy((types, row) -> toFunding(row.get("funding")))
                .all());
    }

    /**
     * Flows valid on {@code day} whose funder or receiving actor is among {@code actorIds}, or whose
     * recipient lies in one of {@code areaIds} (an actor located there, an initiative there).
     */
    public List<FundingFlow> flows(Collection<String> actorIds, Collection<String> areaIds, LocalDate day) {
        return List.copyOf(client.query("""
                        MATCH (funder:Actor)<-[:FUNDED_BY]-(f:Funding)-[:FUNDS]->(recipient)
                        WHERE""" + " " + CURRENT + """

                        OPTIONAL MATCH (recipient:Initiative)-[:RUN_BY]->(runner:Actor)
                        OPTIONAL MATCH (recipient)-[:LOCATED_IN|IN_AREA]->(area:Area)
                        WITH f, funder, recipient, CASE WHEN recipient:Actor THEN recipient ELSE runner END AS receiver, area
                        WHERE funder.id IN $actorIds OR receiver.id IN $actorIds OR area.id IN $areaIds
                        RETURN DISTINCT f.id AS id, funder.id AS funderId, recipient.id AS recipientId,
                               f.recipientKind AS recipientKind, receiver.id AS receiverId, f.amountCents AS amountCents,
                               f.instrument AS instrument
                        ORDER BY amountCents DESC, id
                        """)
                .bindAll(Map.of("actorIds", List.copyOf(actorIds), "areaIds", List.copyOf(areaIds), "day", day))
                .fetchAs(FundingFlow.class).mappedBy((types, row) -> new FundingFlow(Props.string(row, "id"),
                        Props.string(row, "funderId"), Props.string(row, "recipientId"),
                        Props.enumValue(row, "recipientKind", RecipientKind.class), Props.optionalString(row, "receiverId"),
                        Props.longOrZero(row, "amountCents"), Props.enumValue(row, "instrument", FundingInstrument.class)))
                .all());
    }

    static Funding toFunding(MapAccessor f) {
        return new Funding(Props.string(f, "id"), Props.string(f, "funderId"), Props.string(f, "recipientId"),
                Props.enumValue(f, "recipientKind", RecipientKind.class), Props.longOrZero(f, "amountCents"),
                Props.enumValue(f, "instrument", FundingInstrument.class),
                new Validity(Props.optionalDate(f, "validFrom"), Props.optionalDate(f, "validUntil")),
                new Provenance(Props.string(f, "assertedBy"), Props.optionalString(f, "source"),
                        Objects.requireNonNull(Props.optionalInstant(f, "assertedAt"))),
                Props.optionalString(f, "note"), Props.longOrZero(f, "version"), Props.audit(f));
    }
}
