package nl.weefsel.privacy;

/** A person's data was erased; features that keep copies (history) remove theirs. */
public record PersonErased(String actorId) {
}
