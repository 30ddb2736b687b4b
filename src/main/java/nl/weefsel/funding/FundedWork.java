package nl.weefsel.funding;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.weefsel.actor.Actor;
import nl.weefsel.actor.ActorService;
import nl.weefsel.area.AreaService;
import nl.weefsel.base.Discipline;
import nl.weefsel.base.NotFoundException;
import nl.weefsel.base.TargetGroup;
import nl.weefsel.initiative.Initiative;
import nl.weefsel.initiative.InitiativeService;
import org.springframework.stereotype.Component;

/** What funded work is about and where it happens: the disciplines, target groups and areas of actors and initiatives. */
@Component
class FundedWork {

    /** An actor's or initiative's work: for an actor its location and the areas it is active in. */
    record Profile(String id, Set<Discipline> disciplines, Set<TargetGroup> targetGroups, Set<String> areaIds) {
    }

    private final ActorService actors;
    private final InitiativeService initiatives;
    private final AreaService areas;

    FundedWork(ActorService actors, InitiativeService initiatives, AreaService areas) {
        this.actors = actors;
        this.initiatives = initiatives;
        this.areas = areas;
    }

    Initiative initiative(String id) {
        return initiatives.find(id).orElseThrow(() -> new NotFoundException("Initiative", id));
    }

    Optional<Profile> profile(String id) {
        return actors.find(id).map(FundedWork::profile).or(() -> initiatives.find(id).map(FundedWork::profile));
    }

    /** The area a tie's money goes to: where the funded actor is located, or where the funded initiative is. */
    Optional<String> areaOf(Funding tie) {
        return tie.recipientKind() == RecipientKind.ACTOR
                ? actors.find(tie.recipientId()).map(Actor::locatedInId)
                : initiatives.find(tie.recipientId()).map(Initiative::areaId);
    }

    List<SimilarFunder> similarFunders(Profile subject, List<Funding> ties) {
        Map<String, Set<String>> ancestors = new HashMap<>();
        subject.areaIds().forEach(area -> ancestors.put(area, new HashSet<>(areas.selfAndAncestorIds(area))));
        Map<String, Profile> recipients = new HashMap<>();
        Map<String, Builder> funders = new LinkedHashMap<>();
        for (Funding tie : ties) {
            if (tie.instrument() == FundingInstrument.OWN_INCOME) {
                continue;
            }
            if (tie.recipientId().equals(subject.id())) {
                funders.computeIfAbsent(tie.funderId(), Builder::new).fundsSubject = true;
                continue;
            }
            Profile recipient = recipients.computeIfAbsent(tie.recipientId(), id -> profile(id).orElse(null));
            if (recipient != null) {
                Builder builder = funders.computeIfAbsent(tie.funderId(), Builder::new);
                builder.add(tie, subject, recipient, ancestors);
            }
        }
        return funders.values().stream().filter(builder -> builder.ties > 0).map(Builder::build).toList();
    }

    private static Profile profile(Actor actor) {
        Set<String> areaIds = new HashSet<>(actor.activeInIds());
        if (actor.locatedInId() != null) {
            areaIds.add(actor.locatedInId());
        }
        return new Profile(actor.id(), actor.disciplines(), actor.targetGroups(), areaIds);
    }

    private static Profile profile(Initiative initiative) {
        return new Profile(initiative.id(), initiative.disciplines(), initiative.targetGroups(), Set.of(initiative.areaId()));
    }

    /** Collects one funder's similar ties and the reasons they are similar. */
    private static final class Builder {
        final String funderId;
        int ties;
        long amount;
        boolean fundsSubject;
        final Set<Discipline> disciplines = new HashSet<>();
        final Set<TargetGroup> targetGroups = new HashSet<>();
        final Set<String> sameAreas = new HashSet<>();
        final Set<String> parentAreas = new HashSet<>();

        Builder(String funderId) {
            this.funderId = funderId;
        }

        void add(Funding tie, Profile subject, Profile recipient, Map<String, Set<String>> subjectAncestors) {
            Set<Discipline> sharedDisciplines = shared(subject.disciplines(), recipient.disciplines());
            Set<TargetGroup> sharedGroups = shared(subject.targetGroups(), recipient.targetGroups());
            Set<String> same = shared(subject.areaIds(), recipient.areaIds());
            Set<String> around = new HashSet<>();
            subjectAncestors.values().forEach(lineage -> recipient.areaIds().stream()
                    .filter(area -> lineage.contains(area) && !subject.areaIds().contains(area)).forEach(around::add));
            if (sharedDisciplines.isEmpty() && sharedGroups.isEmpty() && same.isEmpty() && around.isEmpty()) {
                return;
            }
            ties++;
            amount += tie.amountCents();
            disciplines.addAll(sharedDisciplines);
            targetGroups.addAll(sharedGroups);
            sameAreas.addAll(same);
            parentAreas.addAll(around);
        }

        SimilarFunder build() {
            return new SimilarFunder(funderId, ties, amount, disciplines, targetGroups, sameAreas, parentAreas, fundsSubject);
        }

        private static <T> Set<T> shared(Set<T> a, Set<T> b) {
            Set<T> result = new HashSet<>(a);
            result.retainAll(b);
            return result;
        }
    }
}
