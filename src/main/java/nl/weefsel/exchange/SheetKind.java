package nl.weefsel.exchange;

import java.util.List;

/**
 * What a spreadsheet holds, one kind per sheet, and the fields Weefsel reads from it. Field ids
 * are also the column names of the CSV exports; the aliases are the Dutch and English headers
 * people use, for the first guess of the column mapping.
 */
public enum SheetKind {
    ACTORS(List.of(
            new Field("name", true, "naam", "organisatie", "organisation", "organization"),
            new Field("kind", true, "soort", "type", "soort actor"),
            new Field("school_type", false, "schooltype", "onderwijstype", "schoolsoort"),
            new Field("description", false, "omschrijving", "beschrijving"),
            new Field("website", false, "site", "url", "webadres", "internet"),
            new Field("kvk_number", false, "kvk", "kvknummer", "kvk-nummer", "kvk nummer", "chamber of commerce"),
            new Field("located_in", false, "gebied", "gevestigd in", "wijk", "vestiging", "area"),
            new Field("active_in", false, "actief in", "werkgebied"),
            new Field("disciplines", false, "discipline", "disciplines"),
            new Field("target_groups", false, "doelgroep", "doelgroepen", "target group"))),
    ROLE_ASSIGNMENTS(List.of(
            new Field("actor", true, "organisatie", "naam", "actor_id", "partner"),
            new Field("role", true, "rol", "taak"),
            new Field("area", true, "gebied", "wijk", "buurt", "gebiedscode"),
            new Field("basis", false, "grond", "grondslag"),
            new Field("valid_from", false, "vanaf", "sinds", "begindatum", "startdatum", "from date"),
            new Field("valid_until", false, "tot en met", "t/m", "einddatum", "until"),
            new Field("source", false, "bron"),
            new Field("note", false, "notitie", "opmerking", "toelichting"))),
    PARTNERSHIPS(List.of(
            new Field("from", true, "van", "partner 1", "organisatie 1", "from_id"),
            new Field("to", true, "naar", "met", "partner 2", "organisatie 2", "to_id"),
            new Field("kind", false, "soort", "soort verbinding", "type"),
            new Field("intensity", false, "intensiteit"),
            new Field("written_agreement", false, "schriftelijke overeenkomst", "overeenkomst", "samenwerkingsovereenkomst"),
            new Field("fixed_contact_person", false, "vast aanspreekpunt", "vaste contactpersoon"),
            new Field("confirmed", false, "bevestigd"),
            new Field("valid_from", false, "vanaf", "sinds", "begindatum", "startdatum"),
            new Field("valid_until", false, "tot en met", "t/m", "einddatum"),
            new Field("source", false, "bron"),
            new Field("note", false, "notitie", "opmerking", "toelichting"))),
    INITIATIVES(List.of(
            new Field("name", true, "naam", "initiatief"),
            new Field("area", true, "gebied", "wijk", "buurt", "gebiedscode"),
            new Field("run_by", false, "uitgevoerd door", "trekker", "organisatie"),
            new Field("description", false, "omschrijving", "beschrijving"),
            new Field("disciplines", false, "discipline"),
            new Field("target_groups", false, "doelgroep", "doelgroepen"),
            new Field("status", false, "stand"),
            new Field("valid_from", false, "vanaf", "sinds", "begindatum", "startdatum"),
            new Field("valid_until", false, "tot en met", "t/m", "einddatum"))),
    NEEDS(List.of(
            new Field("title", true, "titel", "behoefte", "vraag"),
            new Field("area", true, "gebied", "wijk", "buurt", "gebiedscode"),
            new Field("description", false, "omschrijving", "beschrijving"),
            new Field("disciplines", false, "discipline"),
            new Field("target_groups", false, "doelgroep", "doelgroepen"),
            new Field("status", false, "stand"),
            new Field("heard_on", false, "gehoord op", "datum", "date")));

    /** A field of a sheet kind: its id, whether every row needs it, and header names that mean it. */
    public record Field(String id, boolean required, List<String> aliases) {

        public Field(String id, boolean required, String... aliases) {
            this(id, required, List.of(aliases));
        }
    }

    private final List<Field> fields;

    SheetKind(List<Field> fields) {
        this.fields = fields;
    }

    public List<Field> fields() {
        return fields;
    }
}
