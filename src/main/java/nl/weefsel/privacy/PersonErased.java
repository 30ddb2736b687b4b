package nl.weefsel.privacy;

import java.util.Set;

/**
 * A person's data was erased; features that keep copies (history) remove theirs, in the same
 * transaction. {@code personalData} are the recorded full name, e-mail address and phone number,
 * which no copy may keep; the person's name, description … as the network knew them are in the
 * person's own history.
 */
public record PersonErased(String actorId, Set<String> personalData) {

    public PersonErased {
        personalData = Set.copyOf(personalData);
    }
}
