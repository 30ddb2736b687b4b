package nl.weefsel.coverage;

import nl.weefsel.actor.ActorKind;

/** The sectors brokers connect; a person belongs to the sector of the organisation they work for. */
public enum Sector {
    EDUCATION,
    CULTURE,
    SOCIAL,
    GOVERNMENT_AND_FUNDING,
    OTHER;

    public static Sector of(ActorKind kind) {
        return switch (kind) {
            case SCHOOL -> EDUCATION;
            case ARTS_EDUCATION_CENTRE, KNOWLEDGE_CENTRE, CULTURE_SUPPORT, CULTURAL_INSTITUTION, LIBRARY, MAKER,
                 SECOND_LINE_INSTITUTION -> CULTURE;
            case WELFARE, COMMUNITY_INITIATIVE -> SOCIAL;
            case GOVERNMENT, FUNDER -> GOVERNMENT_AND_FUNDING;
            case PERSON, OTHER -> OTHER;
        };
    }
}
