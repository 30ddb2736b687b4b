package nl.weefsel.coverage;

import java.util.List;
import nl.weefsel.role.AssignmentBasis;

/**
 * An area × role with more than one current holder. Listed once, in the largest area where this
 * set of holders meets; the areas inside it inherit it (they show it in their role matrix).
 *
 * @param holders strongest basis first, then by name
 */
public record GreyZone(AreaRef area, RoleRef role, GreyZoneSeverity severity, List<Holder> holders) {

    public GreyZone {
        holders = List.copyOf(holders);
    }

    public List<Holder> holders(AssignmentBasis basis) {
        return holders.stream().filter(holder -> holder.basis() == basis).toList();
    }
}
