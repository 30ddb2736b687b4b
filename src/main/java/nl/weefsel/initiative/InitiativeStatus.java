package nl.weefsel.initiative;

public enum InitiativeStatus {
    IDEA,
    ACTIVE,
    PAUSED,
    ENDED
}
