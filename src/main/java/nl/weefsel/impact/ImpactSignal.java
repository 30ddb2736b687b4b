package nl.weefsel.impact;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The countable signals of KC-R's impact research (seed 002) beyond reach, as a catalogue per
 * school group rather than fixed columns: a moment counts those that fit its school.
 */
public enum ImpactSignal {
    /** toonmomenten, presentaties, podiummomenten */
    PRESENTATIONS(false, SchoolGroup.values()),
    /** volledige leercyclus: kennismaken – maken – presenteren – reflecteren */
    COMPLETE_LEARNING_CYCLES(false, SchoolGroup.values()),
    /** zelfgekozen thema's en werkvormen (eigenaarschap) */
    SELF_CHOSEN_THEMES(false, SchoolGroup.values()),
    /** actief betrokken buurtpartners (community &amp; netwerk) */
    NEIGHBOURHOOD_PARTNERS(false, SchoolGroup.values()),
    /** gastlessen, museumbezoek en andere contactmomenten in de jaarplanning (bo) */
    CONTACT_MOMENTS(false, SchoolGroup.BO),
    /** leerlingen met een portfolio (eenvoudige monitoring, bo) */
    PORTFOLIOS(false, SchoolGroup.BO),
    /** escalaties en incidenten (go): lower is better */
    INCIDENTS(true, SchoolGroup.GO),
    /** leerlingen die vrijwillig om een rol of solo vragen (go) */
    VOLUNTARY_ROLES(false, SchoolGroup.GO),
    /** uitstapjes en oefenen in publieke context (go) */
    PUBLIC_OUTINGS(false, SchoolGroup.GO),
    /** leerlingen in backstage- en praktijkrollen (vo/mbo) */
    BACKSTAGE_ROLES(false, SchoolGroup.VO_MBO),
    /** uitval uit het traject (vo/mbo): lower is better */
    DROPOUTS(true, SchoolGroup.VO_MBO);

    private final boolean lowerIsBetter;
    private final Set<SchoolGroup> groups;

    ImpactSignal(boolean lowerIsBetter, SchoolGroup... groups) {
        this.lowerIsBetter = lowerIsBetter;
        this.groups = EnumSet.copyOf(Arrays.asList(groups));
    }

    public boolean lowerIsBetter() {
        return lowerIsBetter;
    }

    public boolean appliesTo(SchoolGroup group) {
        return groups.contains(group);
    }

    public static List<ImpactSignal> of(SchoolGroup group) {
        return Arrays.stream(values()).filter(signal -> signal.appliesTo(group)).toList();
    }

    /** The signals that apply to every school group: what an initiative outside school counts too. */
    public static List<ImpactSignal> common() {
        return Arrays.stream(values()).filter(signal -> signal.groups.size() == SchoolGroup.values().length).toList();
    }
}
