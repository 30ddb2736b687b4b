package nl.weefsel.exchange.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.weefsel.base.internal.WeefselI18NProvider;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * What an import checks rows against, read once per preview or import with a few light queries:
 * areas by CBS code, actors by id, KvK number, website and normalised name, roles by key and name,
 * the ties and role assignments that exist already, and the labels of every choice list.
 */
@Component
class ImportLookups {

    /** An existing actor as far as an import needs it: to name it, to spot a duplicate, to check a territory. */
    record ActorRef(String id, String name, @Nullable String website, @Nullable String kvkNumber,
                    @Nullable String locatedInId, List<String> activeInIds) {
    }

    /** The lookups of one run; actors added by the sheet itself are added as rows are read. */
    static final class Index {
        final Map<String, String> areaIdByCode = new HashMap<>();
        final Map<String, ActorRef> actorById = new HashMap<>();
        final Map<String, List<ActorRef>> actorsByName = new HashMap<>();
        final Map<String, ActorRef> actorByKvk = new HashMap<>();
        final Map<String, ActorRef> actorByWebsite = new HashMap<>();
        final Map<String, String> roleIdByLabel = new HashMap<>();
        final Set<String> existingFacts = new HashSet<>();
        private final WeefselI18NProvider texts;
        private final Map<Class<?>, Map<String, ?>> labels = new HashMap<>();

        Index(WeefselI18NProvider texts) {
            this.texts = texts;
        }

        void addActor(ActorRef actor) {
            actorById.put(actor.id(), actor);
            actorsByName.computeIfAbsent(Names.name(actor.name()), key -> new ArrayList<>()).add(actor);
            if (actor.kvkNumber() != null) {
                actorByKvk.put(actor.kvkNumber(), actor);
            }
            String site = Names.website(actor.website());
            if (site != null) {
                actorByWebsite.put(site, actor);
            }
        }

        /** The values of an enum by their name and their Dutch and English labels. */
        @SuppressWarnings("unchecked")
        <E extends Enum<E>> Map<String, E> labels(Class<E> type) {
            return (Map<String, E>) labels.computeIfAbsent(type, t -> labelsOf(type));
        }

        private <E extends Enum<E>> Map<String, E> labelsOf(Class<E> type) {
            Map<String, E> byLabel = new HashMap<>();
            for (E value : type.getEnumConstants()) {
                byLabel.put(Names.label(value.name()), value);
                for (Locale locale : texts.getProvidedLocales()) {
                    byLabel.putIfAbsent(Names.label(texts.getTranslation("enum." + type.getSimpleName() + "." + value.name(), locale)), value);
                }
            }
            return byLabel;
        }
    }

    private final Neo4jClient client;
    private final WeefselI18NProvider texts;

    ImportLookups(Neo4jClient client, WeefselI18NProvider texts) {
        this.client = client;
        this.texts = texts;
    }

    Index load() {
        Index index = new Index(texts);
        rows("MATCH (a:Area) WHERE a.code IS NOT NULL RETURN a.code AS code, a.id AS id")
                .forEach(row -> index.areaIdByCode.put(((String) row.get("code")).toUpperCase(Locale.ROOT), (String) row.get("id")));
        rows("""
                MATCH (a:Actor)
                RETURN a.id AS id, a.name AS name, a.website AS website, a.kvkNumber AS kvk,
                       [(a)-[:LOCATED_IN]->(l:Area) | l.id][0] AS locatedIn, [(a)-[:ACTIVE_IN]->(x:Area) | x.id] AS activeIn
                """).forEach(row -> index.addActor(new ActorRef((String) row.get("id"), (String) row.get("name"),
                        (String) row.get("website"), (String) row.get("kvk"), (String) row.get("locatedIn"),
                        strings(row.get("activeIn")))));
        rows("MATCH (r:Role) RETURN r.id AS id, r.key AS key, r.nameNl AS nl, r.nameEn AS en").forEach(row -> {
            for (String label : List.of("key", "nl", "en")) {
                index.roleIdByLabel.putIfAbsent(Names.label((String) row.get(label)), (String) row.get("id"));
            }
        });
        rows("""
                MATCH (a:Actor)<-[:FROM_ACTOR]-(p:Partnership)-[:TO_ACTOR]->(b:Actor)
                RETURN 'tie:' + a.id + ':' + b.id + ':' + p.kind AS fact
                UNION
                MATCH (a:Actor)<-[:HELD_BY]-(ra:RoleAssignment)-[:OF_ROLE]->(r:Role), (ra)-[:IN_AREA]->(x:Area)
                RETURN 'role:' + a.id + ':' + r.id + ':' + x.id AS fact
                """).forEach(row -> index.existingFacts.add((String) row.get("fact")));
        return index;
    }

    private static List<String> strings(@Nullable Object values) {
        return values instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    private List<Map<String, Object>> rows(String cypher) {
        return List.copyOf(client.query(cypher).fetch().all());
    }
}
