package org.newsdesk.translation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

import org.newsdesk.base.Language;
import org.newsdesk.base.Problem;
import org.newsdesk.base.text.Slugs;
import org.newsdesk.editorial.ArticleDraft;
import org.newsdesk.editorial.VersionDraft;
import org.newsdesk.security.EditorsAndTranslators;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an editor should look at before a language version goes live: numbers and links that differ from the
 * article's other languages, an address that no longer matches the title, a timeline entry that links here but
 * says nothing in this language. Warnings, not refusals: a figure may be written out in one language, a link may
 * rightly point to a page in that language.
 */
@Service
@Transactional(readOnly = true)
@EditorsAndTranslators
public class ConsistencyChecks {

    /** An address keeps at least this share of the title's words, or it was made from another title. */
    private static final double SLUG_WORDS_KEPT = 0.5;

    private final ConsistencyRepository repository;

    ConsistencyChecks(ConsistencyRepository repository) {
        this.repository = repository;
    }

    /**
     * @param article  as it is about to be saved
     * @param language the version about to be published or scheduled
     * @return each warning as a message key and its arguments; a {@link Language} argument is to be named in the
     *     reader's words
     */
    public List<Problem> beforeGoingLive(ArticleDraft article, Language language) {
        var version = article.versions().get(language);
        if (version == null || version.isBlank()) {
            return List.of();
        }
        var warnings = new ArrayList<Problem>();
        for (var other : Language.values()) {
            var otherVersion = article.versions().get(other);
            if (other != language && otherVersion != null && !otherVersion.isBlank()) {
                compareNumbers(version, otherVersion, other, warnings);
                compareLinks(version, otherVersion, other, warnings);
            }
        }
        checkSlug(version, warnings);
        if (!article.isNew()) {
            repository
                    .timelineEntriesWithoutText(article.savedArticleId(), language)
                    .forEach(entry -> warnings.add(
                            Problem.of("consistency.timeline", String.valueOf(entry.year()), entry.themeName())));
        }
        return warnings;
    }

    private static void compareNumbers(
            VersionDraft version, VersionDraft other, Language otherLanguage, List<Problem> warnings) {
        var here = TextFacts.numbers(textOf(version));
        var there = TextFacts.numbers(textOf(other));
        var onlyThere = new TreeMap<>(there);
        onlyThere.keySet().removeAll(here.keySet());
        var onlyHere = new TreeMap<>(here);
        onlyHere.keySet().removeAll(there.keySet());
        if (!onlyThere.isEmpty() || !onlyHere.isEmpty()) {
            warnings.add(Problem.of(
                    "consistency.numbers", otherLanguage, listed(onlyThere.values()), listed(onlyHere.values())));
        }
    }

    private static void compareLinks(
            VersionDraft version, VersionDraft other, Language otherLanguage, List<Problem> warnings) {
        var here = TextFacts.links(textOf(version));
        var there = TextFacts.links(textOf(other));
        var onlyThere = new TreeSet<>(there);
        onlyThere.removeAll(here);
        var onlyHere = new TreeSet<>(here);
        onlyHere.removeAll(there);
        if (!onlyThere.isEmpty() || !onlyHere.isEmpty()) {
            warnings.add(Problem.of("consistency.links", otherLanguage, listed(onlyThere), listed(onlyHere)));
        }
    }

    /** A slug made from an earlier title shares few words with the title now. */
    private static void checkSlug(VersionDraft version, List<Problem> warnings) {
        var fromTitle = Slugs.fromTitle(version.title());
        var titleWords = new TreeSet<>(Arrays.asList(fromTitle.split("-")));
        var slugWords = Arrays.asList(version.slug().split("-"));
        var kept = slugWords.stream().filter(titleWords::contains).count();
        if (!fromTitle.isEmpty() && kept < SLUG_WORDS_KEPT * titleWords.size()) {
            warnings.add(Problem.of("consistency.slug", version.slug(), fromTitle));
        }
    }

    private static String textOf(VersionDraft version) {
        return version.title() + "\n" + version.teaser() + "\n" + version.body();
    }

    private static String listed(Iterable<String> values) {
        var joined = String.join(", ", values);
        return joined.isEmpty() ? "–" : joined;
    }
}
