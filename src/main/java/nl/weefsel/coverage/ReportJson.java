package nl.weefsel.coverage;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report as JSON: top-level lists {@code greyZones}, {@code whiteSpots}, {@code continuityRisks}
 * and {@code brokers}, each ranked, each finding with its sentence in Dutch and English and the ids
 * of the records behind it.
 */
final class ReportJson {

    private static final Locale NL = Locale.of("nl");
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final CoverageTexts texts;

    ReportJson(CoverageTexts texts) {
        this.texts = texts;
    }

    String write(LocalDate day, @Nullable AreaRef area, List<GreyZone> greyZones, List<WhiteSpot> whiteSpots,
                 List<ContinuityRisk> risks, List<Broker> brokers) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("asOf", day.toString());
        report.put("area", area == null ? null : area(area));
        report.put("greyZones", ranked(greyZones, this::greyZone));
        report.put("whiteSpots", ranked(whiteSpots, this::whiteSpot));
        report.put("continuityRisks", ranked(risks, this::risk));
        report.put("brokers", ranked(brokers, this::broker));
        report.put("definitions", "docs/design-decisions/DD007-coverage.md");
        return JSON.writeValueAsString(report);
    }

    private Map<String, Object> greyZone(GreyZone zone) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("severity", zone.severity().name());
        json.put("area", area(zone.area()));
        json.put("role", ordered("id", zone.role().id(), "key", zone.role().key(), "nameNl", zone.role().nameNl(),
                "nameEn", zone.role().nameEn()));
        json.put("holders", zone.holders().stream().map(this::holder).toList());
        sentences(json, texts.sentence(zone, NL), texts.sentence(zone, Locale.ENGLISH));
        return json;
    }

    private Map<String, Object> holder(Holder holder) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("actor", actor(holder.actor()));
        json.put("basis", holder.basis().name());
        json.put("assignedIn", area(holder.assignedIn()));
        json.put("inherited", holder.inherited());
        json.put("validFrom", text(holder.validity().from()));
        json.put("validUntil", text(holder.validity().until()));
        json.put("source", holder.source());
        json.put("roleAssignmentId", holder.assignmentId());
        return json;
    }

    private Map<String, Object> whiteSpot(WhiteSpot spot) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", spot.kind().name());
        json.put("area", area(spot.area()));
        json.put("subject", spot.subject() == null ? null : ordered("kind", spot.subject().kind().name(),
                "key", spot.subject().key(), "nameNl", texts.subject(spot.subject(), NL),
                "nameEn", texts.subject(spot.subject(), Locale.ENGLISH)));
        json.put("need", spot.need() == null ? null : need(spot.need()));
        json.put("openNeeds", spot.openNeeds().stream().map(this::need).toList());
        sentences(json, texts.sentence(spot, NL), texts.sentence(spot, Locale.ENGLISH));
        return json;
    }

    private Map<String, Object> risk(ContinuityRisk risk) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", risk.kind().name());
        json.put("actor", actor(risk.actor()));
        json.put("other", risk.other() == null ? null : actor(risk.other()));
        json.put("tieId", risk.tieId());
        json.put("cutOff", risk.cutOff().stream().map(this::actor).toList());
        json.put("constraint", risk.constraint());
        json.put("areaIds", risk.areaIds());
        sentences(json, texts.sentence(risk, NL), texts.sentence(risk, Locale.ENGLISH));
        return json;
    }

    private Map<String, Object> broker(Broker broker) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("actor", actor(broker.actor()));
        json.put("sector", broker.sector().name());
        json.put("sectorsBridged", broker.sectorsBridged().stream().map(Enum::name).sorted().toList());
        json.put("brokeredPairs", broker.brokeredPairs());
        json.put("degree", broker.degree());
        json.put("betweenness", broker.betweenness());
        json.put("constraint", broker.constraint());
        json.put("effectiveSize", broker.effectiveSize());
        sentences(json, texts.sentence(broker, NL), texts.sentence(broker, Locale.ENGLISH));
        return json;
    }

    private Map<String, Object> area(AreaRef area) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", area.id());
        json.put("code", area.code());
        json.put("name", area.name());
        json.put("level", area.level().name());
        json.put("population", area.population());
        json.put("populationYear", area.populationYear());
        return json;
    }

    private Map<String, Object> actor(ActorRef actor) {
        return ordered("id", actor.id(), "name", actor.name(), "kind", actor.kind().name());
    }

    private Map<String, Object> need(NeedRef need) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", need.id());
        json.put("title", need.title());
        json.put("heardOn", text(need.heardOn()));
        return json;
    }

    /** Fields in the order given, so that every report lists them alike. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            json.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return json;
    }

    private static void sentences(Map<String, Object> json, String nl, String en) {
        json.put("sentenceNl", nl);
        json.put("sentenceEn", en);
    }

    private static <T> List<Map<String, Object>> ranked(List<T> findings, java.util.function.Function<T, Map<String, Object>> json) {
        return IntStream.range(0, findings.size()).mapToObj(i -> {
            Map<String, Object> ranked = new LinkedHashMap<>();
            ranked.put("rank", i + 1);
            ranked.putAll(json.apply(findings.get(i)));
            return ranked;
        }).toList();
    }

    private static @Nullable String text(@Nullable Object value) {
        return value == null ? null : value.toString();
    }
}
