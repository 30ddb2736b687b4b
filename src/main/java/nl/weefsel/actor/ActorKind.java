package nl.weefsel.actor;

/** What kind of actor this is; the network view colours by it. */
public enum ActorKind {
    ARTS_EDUCATION_CENTRE,
    KNOWLEDGE_CENTRE,
    CULTURE_SUPPORT,
    CULTURAL_INSTITUTION,
    SCHOOL,
    LIBRARY,
    WELFARE,
    COMMUNITY_INITIATIVE,
    MAKER,
    FUNDER,
    GOVERNMENT,
    SECOND_LINE_INSTITUTION,
    /** A role-holding person, such as a wijkverkenner or an ICC'er; kept with as little personal data as possible. */
    PERSON,
    OTHER;

    /** In-school actors, as opposed to the out-of-school providers the seeds want them linked to. */
    public boolean isSchool() {
        return this == SCHOOL;
    }
}
