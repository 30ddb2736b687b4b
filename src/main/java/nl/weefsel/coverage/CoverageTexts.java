package nl.weefsel.coverage;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.weefsel.role.Role;

/**
 * Names and plain sentences for findings, in Dutch or English, from {@code messages-coverage*.properties}.
 * Everything returned is plain text: show it as text, never as HTML.
 */
public final class CoverageTexts {

    /** Names listed in a sentence before "and n others". */
    static final int NAMES_SHOWN = 6;

    private final I18NProvider i18n;
    private final Map<String, Role> rolesByKey;

    public CoverageTexts(I18NProvider i18n, Collection<Role> roles) {
        this.i18n = i18n;
        this.rolesByKey = roles.stream().collect(Collectors.toMap(Role::key, Function.identity(), (a, b) -> a));
    }

    public String sentence(GreyZone zone, Locale locale) {
        String area = zone.area().name();
        String role = zone.role().name(locale);
        return switch (zone.severity()) {
            case ASSIGNED_CLASH -> text(locale, "coverage.grey.ASSIGNED_CLASH", area, role, holders(zone.holders(), locale));
            case ASSIGNED_VS_PRACTISED -> {
                List<Holder> assigned = zone.holders(nl.weefsel.role.AssignmentBasis.ASSIGNED);
                List<Holder> others = zone.holders().stream().filter(h -> !assigned.contains(h)).toList();
                yield text(locale, "coverage.grey.ASSIGNED_VS_PRACTISED", area, role, holders(assigned, locale),
                        holders(others, locale));
            }
            case PRACTISED_OR_CLAIMED_ONLY -> text(locale, "coverage.grey.PRACTISED_OR_CLAIMED_ONLY", area, role,
                    holders(zone.holders(), locale));
        };
    }

    public String sentence(WhiteSpot spot, Locale locale) {
        String area = spot.area().name();
        if (spot.kind() == WhiteSpotKind.UNANSWERED_NEED && spot.need() != null) {
            return spot.need().heardOn() == null
                    ? text(locale, "coverage.white.UNANSWERED_NEED.undated", area, spot.need().title())
                    : text(locale, "coverage.white.UNANSWERED_NEED", area, spot.need().title(), date(spot.need().heardOn(), locale));
        }
        String subject = spot.subject() == null ? "" : subjectInSentence(spot.subject(), locale);
        StringBuilder sentence = new StringBuilder(text(locale, "coverage.white." + spot.kind().name(), area, subject));
        if (spot.area().population() != null && spot.area().populationYear() != null) {
            sentence.append(' ').append(text(locale, "coverage.white.population", spot.area().population(),
                    spot.area().populationYear()));
        }
        if (!spot.openNeeds().isEmpty()) {
            sentence.append(' ').append(text(locale, "coverage.white.needs", spot.openNeeds().size(),
                    names(spot.openNeeds().stream().map(need -> "‘" + need.title() + "’").toList(), locale)));
        }
        return sentence.toString();
    }

    public String sentence(ContinuityRisk risk, Locale locale) {
        String actor = risk.actor().name();
        String other = risk.other() == null ? "" : risk.other().name();
        List<String> cutOff = risk.cutOff().stream().map(ActorRef::name).toList();
        return switch (risk.kind()) {
            case ARTICULATION_POINT -> text(locale, "coverage.risk.ARTICULATION_POINT", actor, cutOff.size(), names(cutOff, locale));
            case BRIDGE -> text(locale, "coverage.risk.BRIDGE", actor, other, cutOff.size(), names(cutOff, locale));
            case SCHOOL_SINGLE_LINK -> text(locale, "coverage.risk.SCHOOL_SINGLE_LINK", actor, other);
            case SCHOOL_WITHOUT_OUT_OF_SCHOOL_TIE -> text(locale, "coverage.risk.SCHOOL_WITHOUT_OUT_OF_SCHOOL_TIE", actor);
            case SCHOOL_TIES_WITHOUT_AGREEMENT -> text(locale, "coverage.risk.SCHOOL_TIES_WITHOUT_AGREEMENT", actor);
            case FIXED_CONTACT_WITHOUT_BACKUP -> text(locale, "coverage.risk.FIXED_CONTACT_WITHOUT_BACKUP", actor, other);
            case HIGH_CONSTRAINT -> text(locale, "coverage.risk.HIGH_CONSTRAINT", actor,
                    risk.constraint() == null ? 0 : risk.constraint());
        };
    }

    public String sentence(Broker broker, Locale locale) {
        List<String> sectors = broker.sectorsBridged().stream().sorted().map(sector -> lower(label(sector, locale))).toList();
        return text(locale, "coverage.broker.sentence", broker.actor().name(), names(sectors, locale), broker.brokeredPairs());
    }

    /** The name of a role, discipline or target group. */
    public String subject(Subject subject, Locale locale) {
        return switch (subject.kind()) {
            case ROLE -> {
                Role role = rolesByKey.get(subject.key());
                yield role == null ? subject.key() : role.name(locale);
            }
            case DISCIPLINE -> text(locale, "enum.Discipline." + subject.key());
            case TARGET_GROUP -> text(locale, "enum.TargetGroup." + subject.key());
        };
    }

    /** The translated name of an enum value (key {@code enum.<Type>.<VALUE>}). */
    public String label(Enum<?> value, Locale locale) {
        return text(locale, "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    public String holder(Holder holder, Locale locale) {
        String basis = lower(label(holder.basis(), locale));
        return holder.inherited()
                ? text(locale, "coverage.holder.inherited", holder.actor().name(), basis, holder.assignedIn().name())
                : text(locale, "coverage.holder", holder.actor().name(), basis);
    }

    /** "A, B and C", or "A, B, … and 4 others" when long. */
    public String names(List<String> names, Locale locale) {
        if (names.isEmpty()) {
            return "";
        }
        List<String> shown = new ArrayList<>(names.subList(0, Math.min(names.size(), NAMES_SHOWN)));
        String last = names.size() > NAMES_SHOWN
                ? text(locale, "coverage.others", names.size() - NAMES_SHOWN)
                : shown.removeLast();
        return shown.isEmpty() ? last : String.join(", ", shown) + " " + text(locale, "coverage.and") + " " + last;
    }

    String text(Locale locale, String key, Object... params) {
        return i18n.getTranslation(key, locale, params);
    }

    private String subjectInSentence(Subject subject, Locale locale) {
        return subject.kind() == SubjectKind.ROLE ? subject(subject, locale) : lower(subject(subject, locale));
    }

    private String holders(List<Holder> holders, Locale locale) {
        return names(holders.stream().map(holder -> holder(holder, locale)).toList(), locale);
    }

    private static String date(LocalDate day, Locale locale) {
        return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    /** Enum labels start with a capital; inside a sentence they do not (except "Spoken word" stays readable either way). */
    private static String lower(String label) {
        return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}
