package nl.weefsel.impact;

import java.util.List;

/**
 * The Wat–Hoe–Wanneer checklist of one partnership, for the school group of its school.
 *
 * @param version 0 while nothing has been answered by hand yet
 */
public record Checklist(String partnershipId, SchoolGroup group, List<ChecklistEntry> entries, long version) {

    public Checklist {
        entries = List.copyOf(entries);
    }

    public List<ChecklistEntry> of(Dimension dimension) {
        return entries.stream().filter(entry -> entry.item().dimension() == dimension).toList();
    }
}
