package nl.weefsel.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.weefsel.actor.ActorData;
import nl.weefsel.actor.ActorService;
import nl.weefsel.area.AreaData;
import nl.weefsel.area.AreaService;
import nl.weefsel.base.Validity;
import nl.weefsel.database.DatabaseSeed;
import nl.weefsel.initiative.InitiativeData;
import nl.weefsel.initiative.InitiativeService;
import nl.weefsel.initiative.NeedData;
import nl.weefsel.initiative.NeedService;
import nl.weefsel.partnership.PartnershipData;
import nl.weefsel.partnership.PartnershipService;
import nl.weefsel.role.Role;
import nl.weefsel.role.RoleAssignmentData;
import nl.weefsel.role.RoleAssignmentService;
import nl.weefsel.role.RoleService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the demo ecosystem, through the ordinary services, into a database that has no areas and
 * no actors yet — never into one that has data. {@code WEEFSEL_DEMO_DATA=false} turns it off.
 * All or nothing: it runs in one transaction.
 */
@Component
@Order(100)
class DemoDataSeed implements DatabaseSeed {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeed.class);
    static final String RESOURCE = "demo/rotterdam.json";

    private final boolean enabled;
    private final AreaService areas;
    private final ActorService actors;
    private final RoleService roles;
    private final RoleAssignmentService assignments;
    private final PartnershipService partnerships;
    private final InitiativeService initiatives;
    private final NeedService needs;
    private final DemoFunding funding;

    DemoDataSeed(@Value("${weefsel.demo-data:true}") boolean enabled, AreaService areas, ActorService actors,
                 RoleService roles, RoleAssignmentService assignments, PartnershipService partnerships,
                 InitiativeService initiatives, NeedService needs, DemoFunding funding) {
        this.enabled = enabled;
        this.areas = areas;
        this.actors = actors;
        this.roles = roles;
        this.assignments = assignments;
        this.partnerships = partnerships;
        this.initiatives = initiatives;
        this.needs = needs;
        this.funding = funding;
    }

    @Override
    @Transactional
    public void seed() {
        if (!enabled || actors.count() > 0 || !areas.all().isEmpty()) {
            return;
        }
        DemoData data = read();
        Map<String, String> areaIds = loadAreas(data.areas());
        loadActors(data.actors(), areaIds);
        loadRoles(data.roleAssignments(), areaIds);
        data.partnerships().forEach(tie -> partnerships.create(new PartnershipData(tie.from(), tie.to(), tie.kind(),
                tie.intensity(), tie.writtenAgreement(), tie.fixedContactPerson(),
                new Validity(tie.validFrom(), tie.validUntil()), tie.confirmed(), tie.source(), tie.note())));
        data.initiatives().forEach(row -> initiatives.register(row.id(), new InitiativeData(row.name(), null,
                areaIds.get(row.area()), row.runBy(), row.targetGroups(), row.disciplines(), row.status(),
                Validity.from(row.validFrom()))));
        data.needs().forEach(row -> needs.register(row.id(), new NeedData(row.title(), row.description(),
                areaIds.get(row.area()), row.targetGroups(), row.disciplines(), row.status(), row.heardOn(),
                orEmpty(row.answeredByInitiatives()), Set.of())));
        int fundingTies = funding.load();
        log.info("Loaded {} demo funding ties", fundingTies);
        log.info("Loaded the demo ecosystem: {} areas, {} actors, {} role assignments, {} ties, {} initiatives, {} needs",
                data.areas().size(), data.actors().size(), data.roleAssignments().size(), data.partnerships().size(),
                data.initiatives().size(), data.needs().size());
    }

    static DemoData read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return JsonMapper.builder().build().readValue(in, DemoData.class);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + RESOURCE, e);
        }
    }

    private Map<String, String> loadAreas(List<DemoData.AreaRow> rows) {
        Map<String, String> idsByCode = new HashMap<>();
        for (DemoData.AreaRow row : rows) {
            String parentId = row.parent() == null ? null : idsByCode.get(row.parent());
            var area = areas.create(row.id(), new AreaData(row.level(), row.code(), row.name(), row.population(),
                    row.populationYear(), row.populationSource(), parentId));
            idsByCode.put(row.code(), area.id());
        }
        return idsByCode;
    }

    private void loadActors(List<DemoData.ActorRow> rows, Map<String, String> areaIds) {
        for (DemoData.ActorRow row : rows) {
            actors.create(row.id(), new ActorData(row.name(), row.kind(), row.schoolType(), row.description(), null, null,
                    areaIds.get(row.locatedIn()),
                    orEmpty(row.activeIn()).stream().map(areaIds::get).collect(java.util.stream.Collectors.toSet()),
                    row.affiliation(), orEmpty(row.disciplines()), orEmpty(row.targetGroups())));
        }
    }

    private void loadRoles(List<DemoData.RoleRow> rows, Map<String, String> areaIds) {
        Map<String, String> roleIds = new HashMap<>();
        roles.all().forEach((Role role) -> roleIds.put(role.key(), role.id()));
        for (DemoData.RoleRow row : rows) {
            assignments.assign(new RoleAssignmentData(row.actor(), Objects.requireNonNull(roleIds.get(row.role()), row.role()),
                    areaIds.get(row.area()), row.basis(), new Validity(row.validFrom(), row.validUntil()),
                    row.source(), row.note()));
        }
    }

    private static <T> Set<T> orEmpty(@org.jspecify.annotations.Nullable Iterable<T> values) {
        Set<T> result = new java.util.LinkedHashSet<>();
        if (values != null) {
            values.forEach(result::add);
        }
        return result;
    }
}
