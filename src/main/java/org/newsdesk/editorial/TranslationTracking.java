package org.newsdesk.editorial;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.newsdesk.base.Language;
import org.springframework.stereotype.Component;

/**
 * Keeps each translation tied to the version of its source it says the same as. A language version added to an
 * article is a translation of the article's original; saving a translation's text brings it up to date with its
 * source; a change to a source's title, teaser or body makes its translations outdated until they are saved or
 * confirmed.
 */
@Component
class TranslationTracking {

    private final TranslationRepository translations;

    TranslationTracking(TranslationRepository translations) {
        this.translations = translations;
    }

    /**
     * @param before    the versions as stored before the save
     * @param saved     the versions this save stored, each with the revision it kept
     */
    void afterSave(long articleId, Map<Language, VersionDraft> before, Map<Language, SavedVersion> saved, Instant now) {
        var sources = translations.findSources(articleId);
        var original = originalAmong(before.isEmpty() ? saved.keySet() : before.keySet(), sources);
        var rewritten = EnumSet.noneOf(Language.class);
        saved.forEach((language, version) -> {
            var earlier = before.get(language);
            if (earlier == null || !sameText(earlier, version.version())) {
                rewritten.add(language);
            }
        });
        for (var language : rewritten) {
            if (!before.containsKey(language) && original.isPresent() && language != original.get()) {
                translations.follow(articleId, language, original.get());
            } else if (sources.containsKey(language)) {
                translations.follow(articleId, language, sources.get(language));
            }
        }
        for (var language : rewritten) {
            translations.markOutdated(articleId, language, rewritten, now);
        }
        saved.values().forEach(version -> translations.noteSourceOf(version.revisionId()));
    }

    /** The version the others are translated from: the first one, in language order, that follows none. */
    private static Optional<Language> originalAmong(Set<Language> languages, Map<Language, Language> sources) {
        return Arrays.stream(Language.values())
                .filter(languages::contains)
                .filter(language -> !sources.containsKey(language))
                .findFirst();
    }

    private static boolean sameText(VersionDraft one, VersionDraft other) {
        return one.title().equals(other.title())
                && one.teaser().equals(other.teaser())
                && one.body().equals(other.body());
    }

    /** A language version as one save stored it, and the revision kept of it. */
    record SavedVersion(VersionDraft version, long revisionId) {}
}
