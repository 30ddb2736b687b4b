package nl.weefsel.partnership;

/** What a tie between two actors is about. */
public enum TieKind {
    COLLABORATION,
    /** money flows from the first actor to the second */
    FUNDING,
    /** the first actor commissions work from the second */
    COMMISSION,
    REFERRAL,
    KNOWLEDGE_SHARING,
    /** a KC-R KunstPakt project between a school and a cultural partner */
    KUNSTPAKT_PROJECT,
    OTHER
}
