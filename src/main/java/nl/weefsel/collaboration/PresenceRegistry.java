package nl.weefsel.collaboration;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Who has which record open, and whether they are editing it. Kept in memory only: presence is
 * about this moment, and a restart ends every session anyway.
 */
@Component
public class PresenceRegistry {

    /** Someone who has a topic (usually one record) open. */
    public record Participant(String id, String name, boolean editing) {
    }

    private final Map<String, Map<String, Member>> topics = new ConcurrentHashMap<>();

    /**
     * Joins a topic such as {@code "Actor:42"}.
     *
     * @param listener told the topic's participants, this one included, whenever they change
     */
    public Membership join(String topic, String name, Consumer<List<Participant>> listener) {
        Member member = new Member(new Participant(UUID.randomUUID().toString(), name, false), listener);
        topics.computeIfAbsent(topic, key -> new ConcurrentHashMap<>()).put(member.participant.id(), member);
        announce(topic);
        return new Membership(topic, member);
    }

    /** The participants of a topic now, by name. */
    public List<Participant> participants(String topic) {
        return topics.getOrDefault(topic, Map.of()).values().stream().map(member -> member.participant)
                .sorted(Comparator.comparing(Participant::name).thenComparing(Participant::id)).toList();
    }

    private void announce(String topic) {
        List<Participant> now = participants(topic);
        topics.getOrDefault(topic, Map.of()).values().forEach(member -> member.listener.accept(now));
    }

    private static final class Member {
        private volatile Participant participant;
        private final Consumer<List<Participant>> listener;

        Member(Participant participant, Consumer<List<Participant>> listener) {
            this.participant = participant;
            this.listener = listener;
        }
    }

    /** One participant's place in a topic. */
    public final class Membership {

        private final String topic;
        private final Member member;

        private Membership(String topic, Member member) {
            this.topic = topic;
            this.member = member;
        }

        public String id() {
            return member.participant.id();
        }

        public void editing(boolean editing) {
            if (member.participant.editing() != editing) {
                member.participant = new Participant(id(), member.participant.name(), editing);
                announce(topic);
            }
        }

        public void leave() {
            Map<String, Member> members = topics.get(topic);
            if (members != null && members.remove(id()) != null) {
                topics.computeIfPresent(topic, (key, left) -> left.isEmpty() ? null : left);
                announce(topic);
            }
        }
    }
}
