package nl.weefsel.database;

import java.util.List;

/**
 * The constraints Weefsel relies on. Every statement is idempotent ({@code IF NOT EXISTS}), so the
 * schema is simply applied at every start.
 */
final class Schema {

    static final List<String> LABELS_WITH_ID = List.of(
            "Area", "Actor", "Role", "RoleAssignment", "Partnership", "Initiative", "Need",
            "ImpactMoment", "ImpactStory", "ImpactChecklist");

    private Schema() {
    }

    static List<String> statements() {
        var statements = new java.util.ArrayList<String>();
        for (String label : LABELS_WITH_ID) {
            statements.add("CREATE CONSTRAINT %s_id IF NOT EXISTS FOR (n:%s) REQUIRE n.id IS UNIQUE"
                    .formatted(label.toLowerCase(), label));
        }
        statements.add("CREATE CONSTRAINT area_code IF NOT EXISTS FOR (n:Area) REQUIRE n.code IS UNIQUE");
        statements.add("CREATE CONSTRAINT role_key IF NOT EXISTS FOR (n:Role) REQUIRE n.key IS UNIQUE");
        statements.add("CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name)");
        statements.add("CREATE INDEX area_name IF NOT EXISTS FOR (n:Area) ON (n.name)");
        return List.copyOf(statements);
    }
}
