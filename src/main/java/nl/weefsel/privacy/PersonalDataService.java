package nl.weefsel.privacy;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.weefsel.actor.Actor;
import nl.weefsel.actor.ActorData;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.actor.ActorService;
import nl.weefsel.base.CurrentUser;
import nl.weefsel.base.InvalidInputException;
import nl.weefsel.base.NotFoundException;
import nl.weefsel.partnership.PartnershipService;
import nl.weefsel.privacy.internal.PersonalDataQueries;
import nl.weefsel.role.RoleAssignmentFilter;
import nl.weefsel.role.RoleAssignmentService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal data of people in the network. A person is in the network by their role ("ICC'er
 * basisschool 3"); a name and contact details are optional, need recorded consent, and are erased
 * on request while the role stays.
 */
@Service
public class PersonalDataService {

    /** The name an erased person keeps in the network: their role remains, who they were does not. */
    public static final String ERASED_NAME = "Persoon (gegevens gewist)";

    /** What the history shows instead of any other erased value (a description, an e-mail address). */
    public static final String ERASED_VALUE = "(gewist)";

    private final ActorService actors;
    private final RoleAssignmentService assignments;
    private final PartnershipService partnerships;
    private final PersonalDataQueries queries;
    private final ApplicationEventPublisher events;

    PersonalDataService(ActorService actors, RoleAssignmentService assignments, PartnershipService partnerships,
                        PersonalDataQueries queries, ApplicationEventPublisher events) {
        this.actors = actors;
        this.assignments = assignments;
        this.partnerships = partnerships;
        this.queries = queries;
        this.events = events;
    }

    @Transactional
    @PreAuthorize("@access.mayEditActor(#actorId, null)")
    public PersonalData record(String actorId, PersonalDataInput input) {
        person(actorId);
        if (input.consentSource() == null || input.consentSource().isBlank()) {
            throw new InvalidInputException("consentSource", "personal data needs the consent it rests on");
        }
        if (input.consentGivenOn() == null) {
            throw new InvalidInputException("consentGivenOn", "personal data needs the date consent was given");
        }
        var data = new PersonalData(actorId, blankToNull(input.fullName()), blankToNull(input.email()), blankToNull(input.phone()),
                input.consentSource().trim(), input.consentGivenOn(), CurrentUser.name(), Instant.now());
        queries.save(data);
        return data;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.mayEditActor(#actorId, null)")
    public Optional<PersonalData> find(String actorId) {
        return queries.find(actorId);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public PersonExport export(String actorId) {
        Actor person = person(actorId);
        return new PersonExport(person, queries.find(actorId),
                assignments.list(new RoleAssignmentFilter(actorId, null, null, null)), partnerships.ofActor(actorId));
    }

    /**
     * Removes who the person was, also from the history; their roles and ties stay in the network
     * under {@value #ERASED_NAME}.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void erase(String actorId) {
        Actor person = person(actorId);
        Set<String> personalData = new HashSet<>();
        queries.find(actorId).ifPresent(data -> Stream.of(data.fullName(), data.email(), data.phone())
                .forEach(value -> addText(personalData, value)));
        queries.delete(actorId);
        var data = ActorData.from(person);
        actors.update(actorId, person.version(), new ActorData(ERASED_NAME, data.kind(), null, null, null, null,
                data.locatedInId(), data.activeInIds(), data.affiliationId(), data.disciplines(), data.targetGroups()));
        events.publishEvent(new PersonErased(actorId, personalData));
    }

    private static void addText(Set<String> values, @org.jspecify.annotations.Nullable String value) {
        if (value != null && !value.isBlank()) {
            values.add(value);
        }
    }

    private Actor person(String actorId) {
        Actor actor = actors.find(actorId).orElseThrow(() -> new NotFoundException("actor", actorId));
        if (actor.kind() != ActorKind.PERSON) {
            throw new InvalidInputException("actorId", "only people have personal data; " + actor.name() + " is an organisation");
        }
        return actor;
    }

    private static @org.jspecify.annotations.Nullable String blankToNull(@org.jspecify.annotations.Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
