package nl.weefsel.base;

/** Artistic and cultural disciplines an offer, initiative or need is about. */
public enum Discipline {
    MUSIC,
    DANCE,
    THEATRE,
    VISUAL_ARTS,
    LITERATURE,
    FILM_AND_MEDIA,
    HERITAGE,
    DESIGN,
    SPOKEN_WORD,
    MULTIDISCIPLINARY
}
