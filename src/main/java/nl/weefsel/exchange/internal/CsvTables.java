package nl.weefsel.exchange.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import nl.weefsel.base.CsvWriter;
import nl.weefsel.actor.Actor;
import nl.weefsel.partnership.Partnership;
import nl.weefsel.role.RoleAssignment;
import org.jspecify.annotations.Nullable;

/**
 * The three tables a policy adviser asks for: actors, ties and role assignments. Column names are
 * the spreadsheet import's field names, so a table exported here can be imported elsewhere.
 */
final class CsvTables {

    static final List<String> ACTOR_COLUMNS = List.of("id", "name", "kind", "school_type", "description", "website",
            "kvk_number", "located_in", "active_in", "affiliation", "disciplines", "target_groups",
            "created_by", "created_at", "updated_by", "updated_at");
    static final List<String> TIE_COLUMNS = List.of("id", "from_id", "from", "to_id", "to", "kind", "intensity",
            "written_agreement", "fixed_contact_person", "confirmed", "valid_from", "valid_until", "source",
            "asserted_by", "asserted_at", "note");
    static final List<String> ROLE_COLUMNS = List.of("id", "actor_id", "actor", "role", "role_name", "area", "area_name",
            "basis", "valid_from", "valid_until", "source", "asserted_by", "asserted_at", "note");

    private CsvTables() {
    }

    static void actors(NetworkExtract.Extract extract, OutputStream out) throws IOException {
        CsvWriter csv = new CsvWriter(out);
        csv.row(new ArrayList<>(ACTOR_COLUMNS));
        for (Actor actor : extract.actors()) {
            csv.row(row(actor.id(), actor.name(), actor.kind(), actor.schoolType(), actor.description(), actor.website(),
                    actor.kvkNumber(), extract.areaCode(actor.locatedInId()),
                    list(actor.activeInIds().stream().map(extract::areaCode).toList()), actor.affiliationId(),
                    list(actor.disciplines()), list(actor.targetGroups()), actor.audit().createdBy(),
                    actor.audit().createdAt(), actor.audit().updatedBy(), actor.audit().updatedAt()));
        }
        csv.flush();
    }

    static void ties(NetworkExtract.Extract extract, OutputStream out) throws IOException {
        CsvWriter csv = new CsvWriter(out);
        csv.row(new ArrayList<>(TIE_COLUMNS));
        for (Partnership tie : extract.ties()) {
            csv.row(row(tie.id(), tie.fromActorId(), extract.actorName(tie.fromActorId()), tie.toActorId(),
                    extract.actorName(tie.toActorId()), tie.kind(), tie.intensity(), tie.writtenAgreement(),
                    tie.fixedContactPerson(), tie.confirmed(), tie.validity().from(), tie.validity().until(),
                    tie.provenance().source(), tie.provenance().assertedBy(), tie.provenance().assertedAt(), tie.note()));
        }
        csv.flush();
    }

    static void roleAssignments(NetworkExtract.Extract extract, OutputStream out) throws IOException {
        CsvWriter csv = new CsvWriter(out);
        csv.row(new ArrayList<>(ROLE_COLUMNS));
        for (RoleAssignment held : extract.assignments()) {
            var role = extract.roles().get(held.roleId());
            csv.row(row(held.id(), held.actorId(), extract.actorName(held.actorId()), role == null ? "" : role.key(),
                    role == null ? "" : role.nameNl(), extract.areaCode(held.areaId()), extract.areaName(held.areaId()),
                    held.basis(), held.validity().from(), held.validity().until(), held.provenance().source(),
                    held.provenance().assertedBy(), held.provenance().assertedAt(), held.note()));
        }
        csv.flush();
    }

    private static List<@Nullable Object> row(@Nullable Object... fields) {
        return Arrays.asList(fields);
    }

    /** Several values in one cell, separated by commas (the field separator is a semicolon). */
    private static String list(Collection<?> values) {
        return values.stream().map(String::valueOf).filter(value -> !value.isEmpty()).sorted()
                .collect(Collectors.joining(","));
    }
}
