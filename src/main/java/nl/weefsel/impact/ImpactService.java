package nl.weefsel.impact;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.weefsel.base.CurrentUser;
import nl.weefsel.base.InvalidInputException;
import nl.weefsel.base.NotFoundException;
import nl.weefsel.base.RecordChanged;
import nl.weefsel.base.internal.EntityStore;
import nl.weefsel.impact.internal.MomentNode;
import nl.weefsel.impact.internal.MomentRepository;
import nl.weefsel.impact.internal.ReportNode;
import nl.weefsel.impact.internal.ReportRepository;
import nl.weefsel.impact.internal.StoryNode;
import nl.weefsel.impact.internal.StoryRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.repository.Neo4jRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counting and telling per partnership, school trajectory or initiative. Only the owner's keepers
 * (and admins) record, change and share; everybody else sees a record only once it is shared with
 * them — by itself, or inside a report its keepers shared (DD009).
 */
@Service
@Transactional(readOnly = true)
public class ImpactService {

    static final String MOMENT = "ImpactMoment";
    static final String STORY = "ImpactStory";
    static final String REPORT = "ImpactReport";

    private final MomentRepository moments;
    private final StoryRepository stories;
    private final ReportRepository reports;
    private final ImpactAccess access;
    private final EntityStore<MomentNode, ImpactTrace> momentStore;
    private final EntityStore<StoryNode, ImpactTrace> storyStore;
    private final EntityStore<ReportNode, ImpactTrace> reportStore;

    ImpactService(MomentRepository moments, StoryRepository stories, ReportRepository reports, ImpactAccess access,
                  ApplicationEventPublisher events) {
        this.moments = moments;
        this.stories = stories;
        this.reports = reports;
        this.access = access;
        this.momentStore = new EntityStore<>(MOMENT, moments, node -> trace(node.toMoment()), events);
        this.storyStore = new EntityStore<>(STORY, stories, node -> trace(node.toStory()), events);
        this.reportStore = new EntityStore<>(REPORT, reports, node -> trace(node.toReport()), events);
    }

    /** The moments of an owner the current user may see, in order. */
    public List<ImpactMoment> moments(ImpactOwner owner) {
        return visibleMoments(owner, inReports(reportsSeen(owner).toList()));
    }

    public Trend trend(ImpactOwner owner) {
        return new Trend(moments(owner));
    }

    /** The stories of an owner the current user may see, newest first. */
    public List<Story> stories(ImpactOwner owner) {
        return visibleStories(owner, inReports(reportsSeen(owner).toList()));
    }

    /** All of an owner's impact the current user may see, for a page that shows it all: its reports read once. */
    public Visible visible(ImpactOwner owner) {
        List<ImpactReport> seen = reportsSeen(owner).sorted(REPORT_ORDER).toList();
        Predicate<String> inSharedReport = inReports(seen);
        return new Visible(new Trend(visibleMoments(owner, inSharedReport)), visibleStories(owner, inSharedReport), seen);
    }

    /** An owner's moments (with their change over time), stories and shared reports, as the current user may see them. */
    public record Visible(Trend trend, List<Story> stories, List<ImpactReport> reports) {
    }

    private List<ImpactMoment> visibleMoments(ImpactOwner owner, Predicate<String> inSharedReport) {
        return moments.findByOwner(owner).stream().map(MomentNode::toMoment)
                .filter(moment -> access.maySee(owner, moment.sharing()) || inSharedReport.test(moment.id()))
                .sorted(MOMENT_ORDER).toList();
    }

    private List<Story> visibleStories(ImpactOwner owner, Predicate<String> inSharedReport) {
        return stories.findByOwner(owner).stream().map(StoryNode::toStory)
                .filter(story -> access.maySee(owner, story.sharing()) || inSharedReport.test(story.id()))
                .sorted(STORY_ORDER).toList();
    }

    public Optional<ImpactMoment> findMoment(String id) {
        return moments.findById(id).map(MomentNode::toMoment)
                .filter(m -> access.maySee(m.owner(), m.sharing()) || inReports(reportsSeen(m.owner()).toList()).test(id));
    }

    public Optional<Story> findStory(String id) {
        return stories.findById(id).map(StoryNode::toStory)
                .filter(s -> access.maySee(s.owner(), s.sharing()) || inReports(reportsSeen(s.owner()).toList()).test(id));
    }

    /** Whether any impact record exists at all, whoever may see it (the demo seed asks). */
    public boolean anyRecorded() {
        return moments.count() > 0 || stories.count() > 0;
    }

    /** Whether the current user keeps this owner's impact records (records, changes, shares them). */
    public boolean mayKeep(ImpactOwner owner) {
        return access.mayKeep(owner);
    }

    /** Whether the owner exists: a partnership or initiative of the network. */
    public boolean exists(ImpactOwner owner) {
        return access.exists(owner);
    }

    @Transactional
    @PreAuthorize("@access.mayKeepImpactOf(#owner)")
    public ImpactMoment recordMoment(ImpactOwner owner, MomentData data) {
        MomentData valid = ImpactValidation.moment(data);
        access.requireOwner(owner);
        MomentNode node = new MomentNode(null, owner, valid);
        momentStore.create(node);
        return node(moments, node.getId(), MOMENT).toMoment();
    }

    @Transactional
    @PreAuthorize("@access.mayKeepImpactOf(#owner)")
    public ImpactMoment updateMoment(ImpactOwner owner, String id, long expectedVersion, MomentData data) {
        MomentData valid = ImpactValidation.moment(data);
        owned(momentStore.load(id).owner(), owner, MOMENT, id);
        momentStore.update(id, expectedVersion, node -> node.apply(valid));
        return node(moments, id, MOMENT).toMoment();
    }

    @Transactional
    @PreAuthorize("@access.mayKeepImpactOf(#owner)")
    public void deleteMoment(ImpactOwner owner, String id) {
        owned(momentStore.load(id).owner(), owner, MOMENT, id);
        momentStore.delete(id);
    }

    /** Shares a moment (or takes the sharing back); the history keeps who did it and when. */
    @Transactional
    @PreAuthorize("@access.mayKeepImpactOf(#owner)")
    public ImpactMoment shareMoment(ImpactOwner owner, String id, long expectedVersion, Sharing sharing) {
        Sharing valid = access.validSharing(sharing);
        owned(momentStore.load(id).owner(), owner, MOMENT, id);
        momentStore.update(id, expectedVersion, node -> node.share(valid));
        return node(moments, id, MOMENT).toMoment();
    }

    @Transactional
    @PreAuthorize("@access.mayKeepImpactOf(#owner)")
    public Story recordStory(ImpactOwner owner, StoryData data) {
        StoryData valid = ImpactValidation.story(data);
        access.requireOwner(owner);
        momentOfSameOwner(owner, valid.momentId());
        StoryNode node = new StoryNode(null, owner, valid, CurrentUser.name());
        storyStore.create(node);
        return node(stories, node.getId(), STORY).toStory();
    }

    @Transactional
    @PreAuthorize("@access.mayKeepImpactOf(#owner)")
    public Story updateStory(ImpactOwner owner, String id, long expectedVersion, StoryData data) {
        StoryData valid = ImpactValidation.story(data);
        owned(storyStore.load(id).owner(), owner, STORY, id);
        momentOfSameOwner(owner, valid.momentId());
        storyStore.update(id, expectedVersion, node -> node.apply(valid, CurrentUser.name()));
        return node(stories, id, STORY).toStory();
    }

    @Transactional
    @PreAuthorize("@access.mayKeepImpactOf(#owner)")
    public Story shareStory(ImpactOwner owner, String id, long expectedVersion, Sharing sharing) {
        Sharing valid = access.validSharing(sharing);
        owned(storyStore.load(id).owner(), owner, STORY, id);
        storyStore.update(id, expectedVersion, node -> node.share(valid));
        return node(stories, id, STORY).toStory();
    }

    /**
     * Removes a story whose teller withdrew consent (or that should go for another reason). Its text
     * was never in the history, so nothing of it remains; a shared report that held it loses it.
     */
    @Transactional
    @PreAuthorize("@access.mayKeepImpactOf(#owner)")
    public void deleteStory(ImpactOwner owner, String id) {
        owned(storyStore.load(id).owner(), owner, STORY, id);
        storyStore.delete(id);
    }

    // Reports: a period's records shared at once, fixed when shared

    /** The shared reports of an owner the current user may see: all of them for its keepers. */
    public List<ImpactReport> reports(ImpactOwner owner) {
        return reportsSeen(owner).sorted(REPORT_ORDER).toList();
    }

    /** One shared report with the records it still holds, if the current user may see it. */
    public Optional<ReportContents> report(String reportId) {
        return reports.findById(reportId).map(ReportNode::toReport).filter(report -> access.maySee(report.owner(), report.sharing()))
                .map(report -> new ReportContents(report,
                        new Trend(moments.findAllById(report.momentIds()).stream().map(MomentNode::toMoment).sorted(MOMENT_ORDER).toList()),
                        stories.findAllById(report.storyIds()).stream().map(StoryNode::toStory).sorted(STORY_ORDER).toList()));
    }

    /**
     * Shares the moments dated in the period (and, if asked, its stories) as one report with the
     * municipality or a funder. The records are fixed now: ones recorded later are not in it, and each
     * record keeps its own sharing. The history keeps who shared what with whom, and when.
     */
    @Transactional
    @PreAuthorize("@access.mayKeepImpactOf(#owner)")
    public ImpactReport shareReport(ImpactOwner owner, ReportData data, Sharing sharing) {
        ReportData valid = ImpactValidation.report(data, access.validSharing(sharing));
        access.requireOwner(owner);
        List<String> momentIds = moments.findByOwner(owner).stream().map(MomentNode::toMoment)
                .filter(moment -> within(valid, moment.date())).sorted(MOMENT_ORDER).map(ImpactMoment::id).toList();
        List<String> storyIds = !valid.withStories() ? List.of() : stories.findByOwner(owner).stream().map(StoryNode::toStory)
                .filter(story -> within(valid, story.date())).sorted(STORY_ORDER).map(Story::id).toList();
        if (momentIds.isEmpty() && storyIds.isEmpty()) {
            throw new InvalidInputException("from", "nothing was recorded in this period, so there is nothing to share");
        }
        ReportNode node = new ReportNode(owner, valid.title(), valid.from(), valid.until(), momentIds, storyIds, sharing);
        reportStore.create(node);
        return node(reports, node.getId(), REPORT).toReport();
    }

    /** Takes a shared report back: its readers no longer see its records (unless shared by themselves). */
    @Transactional
    @PreAuthorize("@access.mayKeepImpactOf(#owner)")
    public void withdrawReport(ImpactOwner owner, String reportId) {
        owned(reportStore.load(reportId).owner(), owner, REPORT, reportId);
        reportStore.delete(reportId);
    }

    /** A report with the records it still holds (a story withdrawn since is gone from it). */
    public record ReportContents(ImpactReport report, Trend trend, List<Story> stories) {
    }

    private static final Comparator<ImpactMoment> MOMENT_ORDER =
            Comparator.comparingInt(ImpactMoment::order).thenComparing(ImpactMoment::date);
    private static final Comparator<Story> STORY_ORDER = Comparator.comparing(Story::date).reversed();
    private static final Comparator<ImpactReport> REPORT_ORDER =
            Comparator.comparing(ImpactReport::until).reversed().thenComparing(ImpactReport::title);

    private static boolean within(ReportData period, java.time.LocalDate date) {
        return !date.isBefore(period.from()) && !date.isAfter(period.until());
    }

    private java.util.stream.Stream<ImpactReport> reportsSeen(ImpactOwner owner) {
        return reports.findByOwner(owner).stream().map(ReportNode::toReport)
                .filter(report -> access.maySee(owner, report.sharing()));
    }

    /** The records the current user sees through the reports shared with them. */
    private static Predicate<String> inReports(List<ImpactReport> seen) {
        Set<String> ids = seen.stream().flatMap(report -> java.util.stream.Stream.concat(
                report.momentIds().stream(), report.storyIds().stream())).collect(Collectors.toSet());
        return ids::contains;
    }

    private void momentOfSameOwner(ImpactOwner owner, @Nullable String momentId) {
        if (momentId != null) {
            owned(node(moments, momentId, MOMENT).owner(), owner, MOMENT, momentId);
        }
    }

    /** A record of another owner is "not found" here: its existence is private too. */
    private static void owned(ImpactOwner actual, ImpactOwner claimed, String kind, String id) {
        if (!actual.equals(claimed)) {
            throw new NotFoundException(kind, id);
        }
    }

    private static <N> N node(Neo4jRepository<N, String> repository, String id, String kind) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException(kind, id));
    }

    private static ImpactTrace trace(ImpactMoment moment) {
        return ImpactTrace.of(moment.owner(), moment.label(), moment.sharing());
    }

    private static ImpactTrace trace(Story story) {
        return ImpactTrace.of(story.owner(), story.perspective().name() + " " + story.date(), story.sharing());
    }

    private static ImpactTrace trace(ImpactReport report) {
        return ImpactTrace.of(report.owner(), report.title() + " (" + report.from() + " – " + report.until() + ")", report.sharing());
    }

    /**
     * A tie or initiative with measurement moments or stories is not deleted: they are its keepers'
     * own learning and would be left without an owner. The deletion is refused inside its
     * transaction, so nothing changes; ending it keeps it in the history, with its impact records.
     * Without them, its shared reports go with it (the history keeps that they existed).
     */
    @EventListener
    void ownerDeleted(RecordChanged event) {
        ImpactOwner owner = ownerOf(event);
        if (owner == null) {
            return;
        }
        if (!moments.findByOwner(owner).isEmpty() || !stories.findByOwner(owner).isEmpty()) {
            throw new InvalidInputException(owner.isPartnership() ? "partnership" : "initiative",
                    "has impact records (measurement moments or stories): end it instead, or delete those first");
        }
        reports.findByOwner(owner).forEach(report -> reportStore.delete(report.getId()));
    }

    /** The owner a deletion removes, if it is one. */
    static @Nullable ImpactOwner ownerOf(RecordChanged event) {
        if (event.change() != RecordChanged.Change.DELETED) {
            return null;
        }
        return switch (event.kind()) {
            case "Partnership" -> ImpactOwner.partnership(event.id());
            case "Initiative" -> ImpactOwner.initiative(event.id());
            default -> null;
        };
    }
}
