package nl.weefsel.impact;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.weefsel.base.InvalidInputException;
import nl.weefsel.base.NotFoundException;
import nl.weefsel.base.RecordChanged;
import nl.weefsel.base.internal.EntityStore;
import nl.weefsel.impact.internal.MomentNode;
import nl.weefsel.impact.internal.MomentRepository;
import nl.weefsel.impact.internal.StoryNode;
import nl.weefsel.impact.internal.StoryRepository;
import nl.weefsel.base.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counting and telling per partnership. Only the partnership's parties (and admins) record, change
 * and share; everybody else sees a record only once it is shared with them (DD009).
 */
@Service
@Transactional(readOnly = true)
public class ImpactService {

    static final String MOMENT = "ImpactMoment";
    static final String STORY = "ImpactStory";

    private final MomentRepository moments;
    private final StoryRepository stories;
    private final ImpactAccess access;
    private final EntityStore<MomentNode, ImpactTrace> momentStore;
    private final EntityStore<StoryNode, ImpactTrace> storyStore;

    ImpactService(MomentRepository moments, StoryRepository stories, ImpactAccess access, ApplicationEventPublisher events) {
        this.moments = moments;
        this.stories = stories;
        this.access = access;
        this.momentStore = new EntityStore<>(MOMENT, moments, node -> trace(node.toMoment()), events);
        this.storyStore = new EntityStore<>(STORY, stories, node -> trace(node.toStory()), events);
    }

    /** The moments of a partnership the current user may see, in order. */
    public List<ImpactMoment> moments(String partnershipId) {
        return moments.findByPartnershipId(partnershipId).stream().map(MomentNode::toMoment)
                .filter(moment -> access.maySee(partnershipId, moment.sharing()))
                .sorted(Comparator.comparingInt(ImpactMoment::order).thenComparing(ImpactMoment::date)).toList();
    }

    public Trend trend(String partnershipId) {
        return new Trend(moments(partnershipId));
    }

    /** The stories of a partnership the current user may see, newest first. */
    public List<Story> stories(String partnershipId) {
        return stories.findByPartnershipId(partnershipId).stream().map(StoryNode::toStory)
                .filter(story -> access.maySee(partnershipId, story.sharing()))
                .sorted(Comparator.comparing(Story::date).reversed()).toList();
    }

    public Optional<ImpactMoment> findMoment(String id) {
        return moments.findById(id).map(MomentNode::toMoment).filter(m -> access.maySee(m.partnershipId(), m.sharing()));
    }

    public Optional<Story> findStory(String id) {
        return stories.findById(id).map(StoryNode::toStory).filter(s -> access.maySee(s.partnershipId(), s.sharing()));
    }

    /** Whether any impact record exists at all, whoever may see it (the demo seed asks). */
    public boolean anyRecorded() {
        return moments.count() > 0 || stories.count() > 0;
    }

    /** Whether the current user keeps this partnership's impact records (records, changes, shares them). */
    public boolean mayKeep(String partnershipId) {
        return access.mayKeep(partnershipId);
    }

    @Transactional
    @PreAuthorize("@access.mayKeepImpactOf(#partnershipId)")
    public ImpactMoment recordMoment(String partnershipId, MomentData data) {
        MomentData valid = ImpactValidation.moment(data);
        access.requirePartnership(partnershipId);
        MomentNode node = new MomentNode(null, partnershipId, valid);
        momentStore.create(node);
        return node(moments, node.getId(), MOMENT).toMoment();
    }

    @Transactional
    @PreAuthorize("@access.mayKeepImpactOf(#partnershipId)")
    public ImpactMoment updateMoment(String partnershipId, String id, long expectedVersion, MomentData data) {
        MomentData valid = ImpactValidation.moment(data);
        owned(momentStore.load(id).partnershipId(), partnershipId, MOMENT, id);
        momentStore.update(id, expectedVersion, node -> node.apply(valid));
        return node(moments, id, MOMENT).toMoment();
    }

    @Transactional
    @PreAuthorize("@access.mayKeepImpactOf(#partnershipId)")
    public void deleteMoment(String partnershipId, String id) {
        owned(momentStore.load(id).partnershipId(), partnershipId, MOMENT, id);
        momentStore.delete(id);
    }

    /** Shares a moment (or takes the sharing back); the history keeps who did it and when. */
    @Transactional
    @PreAuthorize("@access.mayKeepImpactOf(#partnershipId)")
    public ImpactMoment shareMoment(String partnershipId, String id, long expectedVersion, Sharing sharing) {
        Sharing valid = access.validSharing(sharing);
        owned(momentStore.load(id).partnershipId(), partnershipId, MOMENT, id);
        momentStore.update(id, expectedVersion, node -> node.share(valid));
        return node(moments, id, MOMENT).toMoment();
    }

    @Transactional
    @PreAuthorize("@access.mayKeepImpactOf(#partnershipId)")
    public Story recordStory(String partnershipId, StoryData data) {
        StoryData valid = ImpactValidation.story(data);
        access.requirePartnership(partnershipId);
        momentOfSamePartnership(partnershipId, valid.momentId());
        StoryNode node = new StoryNode(null, partnershipId, valid, CurrentUser.name());
        storyStore.create(node);
        return node(stories, node.getId(), STORY).toStory();
    }

    @Transactional
    @PreAuthorize("@access.mayKeepImpactOf(#partnershipId)")
    public Story updateStory(String partnershipId, String id, long expectedVersion, StoryData data) {
        StoryData valid = ImpactValidation.story(data);
        owned(storyStore.load(id).partnershipId(), partnershipId, STORY, id);
        momentOfSamePartnership(partnershipId, valid.momentId());
        storyStore.update(id, expectedVersion, node -> node.apply(valid, CurrentUser.name()));
        return node(stories, id, STORY).toStory();
    }

    @Transactional
    @PreAuthorize("@access.mayKeepImpactOf(#partnershipId)")
    public Story shareStory(String partnershipId, String id, long expectedVersion, Sharing sharing) {
        Sharing valid = access.validSharing(sharing);
        owned(storyStore.load(id).partnershipId(), partnershipId, STORY, id);
        storyStore.update(id, expectedVersion, node -> node.share(valid));
        return node(stories, id, STORY).toStory();
    }

    /**
     * Removes a story whose teller withdrew consent (or that should go for another reason). Its text
     * was never in the history, so nothing of it remains.
     */
    @Transactional
    @PreAuthorize("@access.mayKeepImpactOf(#partnershipId)")
    public void deleteStory(String partnershipId, String id) {
        owned(storyStore.load(id).partnershipId(), partnershipId, STORY, id);
        storyStore.delete(id);
    }

    private void momentOfSamePartnership(String partnershipId, @org.jspecify.annotations.Nullable String momentId) {
        if (momentId != null) {
            owned(node(moments, momentId, MOMENT).partnershipId(), partnershipId, MOMENT, momentId);
        }
    }

    /** A record of another partnership is "not found" here: its existence is private too. */
    private static void owned(String owner, String partnershipId, String kind, String id) {
        if (!owner.equals(partnershipId)) {
            throw new NotFoundException(kind, id);
        }
    }

    private static <N> N node(org.springframework.data.neo4j.repository.Neo4jRepository<N, String> repository, String id, String kind) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException(kind, id));
    }

    private static ImpactTrace trace(ImpactMoment moment) {
        return ImpactTrace.of(moment.partnershipId(), moment.label(), moment.sharing());
    }

    private static ImpactTrace trace(Story story) {
        return ImpactTrace.of(story.partnershipId(), story.perspective().name() + " " + story.date(), story.sharing());
    }

    /**
     * A tie with measurement moments or stories is not deleted: they are its parties' own learning
     * and would be left without an owner. The deletion is refused inside its transaction, so nothing
     * changes; ending the tie keeps it in the history, with its impact records.
     */
    @EventListener
    void partnershipDeleted(RecordChanged event) {
        if (event.change() == RecordChanged.Change.DELETED && event.kind().equals("Partnership")
                && (!moments.findByPartnershipId(event.id()).isEmpty() || !stories.findByPartnershipId(event.id()).isEmpty())) {
            throw new InvalidInputException("partnership",
                    "has impact records (measurement moments or stories): end the tie instead, or delete those first");
        }
    }
}
