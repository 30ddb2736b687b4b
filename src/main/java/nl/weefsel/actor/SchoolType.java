package nl.weefsel.actor;

/** Dutch school types as KC-R's KunstPakt research distinguishes them. */
public enum SchoolType {
    /** basisonderwijs, primary */
    BO,
    /** gespecialiseerd onderwijs, special education */
    GO,
    /** voortgezet onderwijs, secondary */
    VO,
    /** middelbaar beroepsonderwijs, vocational */
    MBO
}
