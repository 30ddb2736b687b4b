package nl.weefsel.exchange.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.actor.SchoolType;
import nl.weefsel.base.Discipline;
import nl.weefsel.base.TargetGroup;
import nl.weefsel.exchange.DuplicateCandidate;
import nl.weefsel.exchange.ProblemType;
import nl.weefsel.exchange.SheetKind;
import nl.weefsel.initiative.InitiativeStatus;
import nl.weefsel.initiative.NeedStatus;
import nl.weefsel.partnership.Intensity;
import nl.weefsel.partnership.TieKind;
import nl.weefsel.role.AssignmentBasis;
import nl.weefsel.security.TerritoryScope;
import org.jspecify.annotations.Nullable;

/**
 * The rules of each sheet kind — the same the services apply to a record typed in by hand — turning
 * a row into the properties the writer stores, or into problems. Rows of one run share the state
 * needed to spot duplicates within the file.
 */
final class SheetRules {

    private final SheetKind kind;
    private final ImportLookups.Index index;
    private final Map<String, Integer> firstRowByKey = new HashMap<>();
    /** Normalised actor names by what the cells say: a tie sheet names the same actors over and over. */
    private final Map<String, String> nameKeys = new HashMap<>();
    private final List<DuplicateCandidate> duplicates;
    private final TerritoryScope scope;

    SheetRules(SheetKind kind, ImportLookups.Index index, List<DuplicateCandidate> duplicates, TerritoryScope scope) {
        this.kind = kind;
        this.index = index;
        this.duplicates = duplicates;
        this.scope = scope;
    }

    /** The properties to write, or {@code null} when the row has problems (they are in the sink). */
    @Nullable Map<String, Object> apply(SheetRow row) {
        Map<String, Object> values = switch (kind) {
            case ACTORS -> actor(row);
            case ROLE_ASSIGNMENTS -> roleAssignment(row);
            case PARTNERSHIPS -> partnership(row);
            case INITIATIVES -> initiative(row);
            case NEEDS -> need(row);
        };
        if (row.isValid() && !scope.isEverywhere()) {
            checkTerritory(row, values);
        }
        return row.isValid() ? values : null;
    }

    /**
     * A coordinator's row must lie in their territory by the rules for records made one by one: an
     * actor located or active there, a tie touching an actor there, an assignment, initiative or
     * need in an area there. Checked only once the row is otherwise right, so its ids are known.
     */
    @SuppressWarnings("unchecked")
    private void checkTerritory(SheetRow row, Map<String, Object> values) {
        switch (kind) {
            case ACTORS -> {
                if (!scope.coversAny((String) values.get("locatedInId"), (List<String>) values.get("activeInIds"))) {
                    String where = row.text("located_in", 20);
                    row.problem(where != null ? "located_in" : "active_in", ProblemType.OUTSIDE_TERRITORY,
                            where != null ? where : String.join(", ", row.list("active_in")));
                }
            }
            case PARTNERSHIPS -> {
                if (!coversActor((String) values.get("fromId")) && !coversActor((String) values.get("toId"))) {
                    row.problem("from", ProblemType.OUTSIDE_TERRITORY, row.text("from", 200) + " → " + row.text("to", 200));
                }
            }
            case ROLE_ASSIGNMENTS, INITIATIVES, NEEDS -> {
                if (!scope.covers((String) values.get("areaId"))) {
                    row.problem("area", ProblemType.OUTSIDE_TERRITORY, row.text("area", 20));
                }
            }
        }
    }

    private boolean coversActor(@Nullable String actorId) {
        ImportLookups.ActorRef actor = actorId == null ? null : index.actorById.get(actorId);
        return actor != null && scope.coversAny(actor.locatedInId(), actor.activeInIds());
    }

    /** Whether the user may merge a row into this existing actor: it lies in their territory. */
    boolean mayMergeInto(String existingId) {
        return scope.isEverywhere() || coversActor(existingId);
    }

    private Map<String, Object> actor(SheetRow row) {
        Map<String, Object> values = newRecord();
        String name = row.required("name", 200);
        ActorKind actorKind = row.required("kind", 200) == null ? null : row.choice("kind", index.labels(ActorKind.class), ProblemType.UNKNOWN_KIND);
        SchoolType schoolType = row.choice("school_type", index.labels(SchoolType.class), ProblemType.UNKNOWN_VALUE);
        if (schoolType != null && actorKind != null && !actorKind.isSchool()) {
            row.problem("school_type", ProblemType.NOT_A_SCHOOL, schoolType.name());
        }
        String kvk = row.text("kvk_number", 20);
        if (kvk != null && !kvk.matches("\\d{8}")) {
            row.problem("kvk_number", ProblemType.BAD_KVK, kvk);
        }
        String website = website(row);
        values.put("name", name);
        values.put("kind", actorKind == null ? null : actorKind.name());
        values.put("schoolType", schoolType == null ? null : schoolType.name());
        values.put("description", row.text("description", 4000));
        values.put("website", website);
        values.put("kvkNumber", kvk);
        values.put("locatedInId", area(row, "located_in", false));
        values.put("activeInIds", row.list("active_in").stream().map(code -> areaId(row, "active_in", code)).toList());
        values.put("disciplines", names(row.choices("disciplines", index.labels(Discipline.class))));
        values.put("targetGroups", names(row.choices("target_groups", index.labels(TargetGroup.class))));
        if (name != null && !inFileAlready(row, "name", Names.name(name)) && row.isValid()) {
            existingActor(name, website, kvk).ifPresent(match -> duplicates.add(new DuplicateCandidate(row.number(), name,
                    match.actor().id(), match.actor().name(), match.reason())));
        }
        return values;
    }

    private Map<String, Object> roleAssignment(SheetRow row) {
        Map<String, Object> values = newRecord();
        values.put("actorId", actor(row, "actor"));
        String role = row.required("role", 200);
        String roleId = role == null ? null : index.roleIdByLabel.get(Names.label(role));
        if (role != null && roleId == null) {
            row.problem("role", ProblemType.UNKNOWN_ROLE, role);
        }
        values.put("roleId", roleId);
        values.put("areaId", area(row, "area", true));
        AssignmentBasis basis = row.choice("basis", index.labels(AssignmentBasis.class), ProblemType.UNKNOWN_VALUE);
        values.put("basis", (basis == null ? AssignmentBasis.PRACTISED : basis).name());
        validity(row, values);
        values.put("source", row.text("source", 500));
        values.put("note", row.text("note", 2000));
        if (row.isValid()) {
            String fact = "role:" + values.get("actorId") + ":" + roleId + ":" + values.get("areaId");
            unique(row, "role", fact);
        }
        return values;
    }

    private Map<String, Object> partnership(SheetRow row) {
        Map<String, Object> values = newRecord();
        String from = actor(row, "from");
        String to = actor(row, "to");
        if (from != null && from.equals(to)) {
            row.problem("to", ProblemType.SAME_ACTOR, index.actorById.get(to).name());
        }
        TieKind tieKind = row.choice("kind", index.labels(TieKind.class), ProblemType.UNKNOWN_VALUE);
        Intensity intensity = row.choice("intensity", index.labels(Intensity.class), ProblemType.UNKNOWN_VALUE);
        values.put("fromId", from);
        values.put("toId", to);
        values.put("kind", (tieKind == null ? TieKind.COLLABORATION : tieKind).name());
        values.put("intensity", (intensity == null ? Intensity.COOPERATION : intensity).name());
        values.put("writtenAgreement", row.yesNo("written_agreement", false));
        values.put("fixedContactPerson", row.yesNo("fixed_contact_person", false));
        values.put("confirmed", row.yesNo("confirmed", true));
        validity(row, values);
        values.put("source", row.text("source", 500));
        values.put("note", row.text("note", 2000));
        if (row.isValid()) {
            unique(row, "to", "tie:" + from + ":" + to + ":" + values.get("kind"));
        }
        return values;
    }

    private Map<String, Object> initiative(SheetRow row) {
        Map<String, Object> values = newRecord();
        values.put("name", row.required("name", 200));
        values.put("areaId", area(row, "area", true));
        values.put("runById", row.text("run_by", 200) == null ? null : actor(row, "run_by"));
        values.put("description", row.text("description", 4000));
        values.put("disciplines", names(row.choices("disciplines", index.labels(Discipline.class))));
        values.put("targetGroups", names(row.choices("target_groups", index.labels(TargetGroup.class))));
        InitiativeStatus status = row.choice("status", index.labels(InitiativeStatus.class), ProblemType.UNKNOWN_VALUE);
        values.put("status", (status == null ? InitiativeStatus.ACTIVE : status).name());
        validity(row, values);
        if (row.isValid()) {
            unique(row, "name", "initiative:" + Names.name((String) values.get("name")) + ":" + values.get("areaId"));
        }
        return values;
    }

    private Map<String, Object> need(SheetRow row) {
        Map<String, Object> values = newRecord();
        values.put("title", row.required("title", 200));
        values.put("areaId", area(row, "area", true));
        values.put("description", row.text("description", 4000));
        values.put("disciplines", names(row.choices("disciplines", index.labels(Discipline.class))));
        values.put("targetGroups", names(row.choices("target_groups", index.labels(TargetGroup.class))));
        NeedStatus status = row.choice("status", index.labels(NeedStatus.class), ProblemType.UNKNOWN_VALUE);
        values.put("status", (status == null ? NeedStatus.OPEN : status).name());
        values.put("heardOn", row.date("heard_on"));
        if (row.isValid()) {
            unique(row, "title", "need:" + Names.name((String) values.get("title")) + ":" + values.get("areaId"));
        }
        return values;
    }

    private static Map<String, Object> newRecord() {
        Map<String, Object> values = new HashMap<>();
        values.put("id", UUID.randomUUID().toString());
        return values;
    }

    private void validity(SheetRow row, Map<String, Object> values) {
        LocalDate from = row.date("valid_from");
        LocalDate until = row.date("valid_until");
        if (from != null && until != null && until.isBefore(from)) {
            row.problem("valid_until", ProblemType.DATES_REVERSED, until + " < " + from);
        }
        values.put("validFrom", from);
        values.put("validUntil", until);
    }

    /** A website as the actor service accepts it; "www.skvr.nl" is taken to mean https://www.skvr.nl. */
    private static @Nullable String website(SheetRow row) {
        String website = row.text("website", 300);
        if (website == null) {
            return null;
        }
        String full = website.matches("(?i)https?://\\S+") ? website : "https://" + website;
        if (!full.matches("(?i)https?://[^\\s/]+\\.[^\\s]+")) {
            row.problem("website", ProblemType.BAD_WEBSITE, website);
            return null;
        }
        return full;
    }

    private @Nullable String area(SheetRow row, String field, boolean required) {
        String code = required ? row.required(field, 20) : row.text(field, 20);
        return code == null ? null : areaId(row, field, code);
    }

    private @Nullable String areaId(SheetRow row, String field, String code) {
        String id = index.areaIdByCode.get(code.toUpperCase(Locale.ROOT));
        if (id == null) {
            row.problem(field, ProblemType.UNKNOWN_AREA, code);
        }
        return id;
    }

    /** An actor Weefsel has, named by id, KvK number or name. */
    private @Nullable String actor(SheetRow row, String field) {
        String value = row.required(field, 200);
        if (value == null) {
            return null;
        }
        if (index.actorById.containsKey(value)) {
            return value;
        }
        if (index.actorByKvk.containsKey(value)) {
            return index.actorByKvk.get(value).id();
        }
        List<ImportLookups.ActorRef> named = index.actorsByName.getOrDefault(nameKeys.computeIfAbsent(value, Names::name), List.of());
        if (named.size() > 1) {
            row.problem(field, ProblemType.AMBIGUOUS_ACTOR, value);
            return null;
        }
        if (named.isEmpty()) {
            row.problem(field, ProblemType.UNKNOWN_ACTOR, value);
            return null;
        }
        return named.getFirst().id();
    }

    private record Match(ImportLookups.ActorRef actor, String reason) {
    }

    private java.util.Optional<Match> existingActor(String name, @Nullable String website, @Nullable String kvk) {
        if (kvk != null && index.actorByKvk.containsKey(kvk)) {
            return java.util.Optional.of(new Match(index.actorByKvk.get(kvk), "kvk_number"));
        }
        String site = Names.website(website);
        if (site != null && index.actorByWebsite.containsKey(site)) {
            return java.util.Optional.of(new Match(index.actorByWebsite.get(site), "website"));
        }
        return index.actorsByName.getOrDefault(Names.name(name), List.of()).stream().findFirst()
                .map(actor -> new Match(actor, "name"));
    }

    /** Whether an earlier row of the file has the same key; if so, a DUPLICATE problem naming that row. */
    private boolean inFileAlready(SheetRow row, String field, String key) {
        Integer first = firstRowByKey.putIfAbsent(key, row.number());
        if (first != null) {
            row.problem(field, ProblemType.DUPLICATE, String.valueOf(first));
            return true;
        }
        return false;
    }

    private void unique(SheetRow row, String field, String fact) {
        if (index.existingFacts.contains(fact)) {
            row.problem(field, ProblemType.ALREADY_EXISTS, "");
        } else {
            inFileAlready(row, field, fact);
        }
    }

    private static List<String> names(java.util.Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toList();
    }
}
