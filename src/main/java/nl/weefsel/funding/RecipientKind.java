package nl.weefsel.funding;

/** What a funding tie pays for: an actor's work in general, or one initiative. */
public enum RecipientKind {
    ACTOR,
    INITIATIVE
}
