package nl.weefsel.database;

import java.util.List;

/**
 * The constraints and indexes Weefsel relies on, and the one data migration so far. Every statement
 * is idempotent ({@code IF NOT EXISTS}, or matching only old data), so the schema is simply applied
 * at every start.
 */
final class Schema {

    static final List<String> LABELS_WITH_ID = List.of(
            "Area", "Actor", "Role", "RoleAssignment", "Partnership", "Initiative", "Need",
            "ImpactMoment", "ImpactStory", "ImpactChecklist", "ImpactReport");

    /** Impact records are read by their owner (a partnership or an initiative). */
    static final List<String> LABELS_WITH_OWNER = List.of("ImpactMoment", "ImpactStory", "ImpactReport");

    private Schema() {
    }

    static List<String> statements() {
        var statements = new java.util.ArrayList<String>();
        for (String label : LABELS_WITH_ID) {
            statements.add("CREATE CONSTRAINT %s_id IF NOT EXISTS FOR (n:%s) REQUIRE n.id IS UNIQUE"
                    .formatted(label.toLowerCase(), label));
        }
        for (String label : LABELS_WITH_OWNER) {
            statements.add("CREATE INDEX %s_owner IF NOT EXISTS FOR (n:%s) ON (n.ownerId)".formatted(label.toLowerCase(), label));
            // Before 2026-11-26 moments and stories belonged to partnerships only and named them as partnershipId.
            statements.add("MATCH (n:%s) WHERE n.partnershipId IS NOT NULL AND n.ownerId IS NULL SET n.ownerKind = 'PARTNERSHIP', n.ownerId = n.partnershipId REMOVE n.partnershipId"
                    .formatted(label));
        }
        statements.add("CREATE CONSTRAINT area_code IF NOT EXISTS FOR (n:Area) REQUIRE n.code IS UNIQUE");
        statements.add("CREATE CONSTRAINT role_key IF NOT EXISTS FOR (n:Role) REQUIRE n.key IS UNIQUE");
        statements.add("CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name)");
        statements.add("CREATE INDEX area_name IF NOT EXISTS FOR (n:Area) ON (n.name)");
        return List.copyOf(statements);
    }
}
