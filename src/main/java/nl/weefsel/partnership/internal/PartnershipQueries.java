package nl.weefsel.partnership.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.weefsel.base.Provenance;
import nl.weefsel.base.Validity;
import nl.weefsel.base.internal.Props;
import nl.weefsel.partnership.Intensity;
import nl.weefsel.partnership.Partnership;
import nl.weefsel.partnership.TieKind;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Read projections of ties. */
@Component
public class PartnershipQueries {

    private final Neo4jClient client;

    public PartnershipQueries(Neo4jClient client) {
        this.client = client;
    }

    /**
     * Ties of one actor, or all ties when {@code actorId} is null; only those valid on {@code day} unless it is null.
     * Each tie once: a statement that runs while a save moves an end can see the old and the new
     * relationship (Neo4j commits creations before deletions), DD005.
     */
    public List<Partnership> list(@Nullable String actorId, @Nullable LocalDate day) {
        Map<String, @Nullable Object> parameters = new HashMap<>();
        parameters.put("actorId", actorId);
        parameters.put("day", day);
        return List.copyOf(client.query("""
                        MATCH (a:Actor)<-[:FROM_ACTOR]-(p:Partnership)-[:TO_ACTOR]->(b:Actor)
                        WHERE ($actorId IS NULL OR a.id = $actorId OR b.id = $actorId)
                          AND ($day IS NULL OR ((p.validFrom IS NULL OR p.validFrom <= $day)
                                               AND (p.validUntil IS NULL OR p.validUntil >= $day)))
                        WITH p, head(collect({from: a, to: b})) AS ends
                        RETURN p {.*, fromActorId: ends.from.id, toActorId: ends.to.id} AS tie
                        ORDER BY ends.from.name, ends.to.name
                        """)
                .bindAll(parameters)
                .fetchAs(Partnership.class).mappedBy((types, row) -> toPartnership(row.get("tie")))
                .all());
    }

    static Partnership toPartnership(MapAccessor p) {
        return new Partnership(Props.string(p, "id"), Props.string(p, "fromActorId"), Props.string(p, "toActorId"),
                Props.enumValue(p, "kind", TieKind.class), Props.enumValue(p, "intensity", Intensity.class),
                Props.bool(p, "writtenAgreement"), Props.bool(p, "fixedContactPerson"),
                new Validity(Props.optionalDate(p, "validFrom"), Props.optionalDate(p, "validUntil")),
                new Provenance(Props.string(p, "assertedBy"), Props.optionalString(p, "source"),
                        Objects.requireNonNull(Props.optionalInstant(p, "assertedAt"))),
                Props.bool(p, "confirmed"), Props.optionalString(p, "note"),
                Props.longOrZero(p, "version"), Props.audit(p));
    }
}
