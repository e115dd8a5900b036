package org.stepin.core;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.stepin.core.lexicon.Category;
import org.stepin.core.privacy.PersonalDetail;
import org.stepin.core.privacy.PersonalDetailKind;
import org.stepin.core.privacy.PersonalDetailScanner;
import org.stepin.core.privacy.Span;
import org.stepin.core.score.Severity;
import org.stepin.core.score.SeverityPolicy;
import org.stepin.core.score.Thousandths;

/**
 * The boundary guard's second half, for a worker's outbound message: a personal phone number, e-mail address or
 * social handle, or a link to a private messaging account, counts as {@code boundary} evidence (the lexicon
 * catches the invitations, such as "text me on my personal"). The agency's own details are known to the scanner
 * and do not count. Street addresses and other links do not count either: workers share venues and helpline
 * sites every day. Thread-safe.
 */
final class BoundaryGuard {
    /** Weight of one personal contact detail: enough for MODERATE (a supervisor's next working hours). */
    static final double DETAIL_WEIGHT = 0.6;
    private static final Set<PersonalDetailKind> CONTACT_KINDS =
            Set.of(PersonalDetailKind.PHONE, PersonalDetailKind.EMAIL, PersonalDetailKind.HANDLE);
    private static final List<String> MESSAGING_LINKS = List.of("wa.me/", "t.me/", "m.me/", "discord.gg/",
            "discord.com/invite", "snapchat.com/add", "instagram.com/", "tiktok.com/@", "facebook.com/",
            "signal.me/", "telegram.me/");

    private final PersonalDetailScanner scanner;
    private final SeverityPolicy severities;

    BoundaryGuard(PersonalDetailScanner scanner, SeverityPolicy severities) {
        this.scanner = requireNonNull(scanner, "scanner");
        this.severities = requireNonNull(severities, "severities");
    }

    /** The scanner that finds personal details. */
    PersonalDetailScanner scanner() {
        return scanner;
    }

    /** {@code assessment} of the outbound {@code text}, with its personal contact details added as evidence. */
    Assessment apply(String text, Assessment assessment) {
        List<Evidence> found = new ArrayList<>();
        for (PersonalDetail detail : scanner.scan(text)) {
            if (counts(detail, text)) {
                found.add(new Evidence(EvidenceSource.CONTACT_DETAIL, Category.BOUNDARY, Category.BOUNDARY,
                        "personal " + detail.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                        Optional.of(new Span(detail.start(), detail.end())), DETAIL_WEIGHT, DETAIL_WEIGHT,
                        List.of(), Set.of(), "privacy:" + detail.kind().name(), ""));
            }
        }
        if (found.isEmpty()) {
            return assessment;
        }
        double rest = 1.0 - assessment.score(Category.BOUNDARY);
        for (Evidence evidence : found) {
            rest *= 1.0 - evidence.effectiveWeight();
        }
        double score = Thousandths.round(1.0 - rest);
        Map<Category, Double> scores = new EnumMap<>(Category.class);
        scores.putAll(assessment.scores());
        scores.put(Category.BOUNDARY, score);
        List<Evidence> evidence = new ArrayList<>(assessment.evidence());
        evidence.addAll(found);
        Severity level = severities.severity(Category.BOUNDARY, score);
        boolean raised = level.compareTo(assessment.severity()) > 0;
        Severity severity = raised ? level : assessment.severity();
        String reason = raised ? String.format(Locale.ROOT, "%s: boundary score %.2f with %d personal contact "
                + "detail(s) in a worker's message", severity, score, found.size()) : assessment.reason();
        return new Assessment(severity, scores, evidence, reason, assessment.truncated(),
                assessment.lexiconVersion(), assessment.modelVersion());
    }

    private static boolean counts(PersonalDetail detail, String text) {
        if (CONTACT_KINDS.contains(detail.kind())) {
            return true;
        }
        if (detail.kind() != PersonalDetailKind.URL) {
            return false;
        }
        String link = text.substring(detail.start(), detail.end()).toLowerCase(Locale.ROOT);
        return MESSAGING_LINKS.stream().anyMatch(link::contains);
    }
}
