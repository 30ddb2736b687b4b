package nl.weefsel.coverage;

/** How hard the holders of one role in one area collide, from hardest to mildest. */
public enum GreyZoneSeverity {
    /** two or more holders were formally assigned the role: their mandates clash */
    ASSIGNED_CLASH,
    /** one holder was assigned the role, another practises or claims it */
    ASSIGNED_VS_PRACTISED,
    /** nobody was assigned the role; several practise or claim it */
    PRACTISED_OR_CLAIMED_ONLY
}
