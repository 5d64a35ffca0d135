package org.newsdesk.editorial;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;
import org.newsdesk.base.NewsdeskProperties;
import org.newsdesk.base.Problems;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.base.text.Slugs;
import org.springframework.stereotype.Component;

/** What an article must be before it is stored. Problems are reported per field, as i18n keys. */
@Component
class DraftValidation {

    static final int MAX_TITLE = 300;
    static final int MAX_TEASER = 1000;
    static final int MAX_BODY = 200_000;
    static final int MAX_ALT_TEXT = 300;
    /** The years a news archive holds; MariaDB would take 1000 to 9999, which no editor means. */
    static final int EARLIEST_YEAR = 1900;

    static final int LATEST_YEAR = 2999;

    private final EditorialRepository articles;
    private final Set<Language> requiredLanguages;

    DraftValidation(EditorialRepository articles, NewsdeskProperties settings) {
        this.articles = articles;
        this.requiredLanguages = settings.languages().required();
    }

    void check(ArticleDraft draft, Instant now) {
        var problems = new Problems();
        if (draft.publicationDate() == null) {
            problems.add("date", "validation.required");
        } else if (draft.publicationDate().getYear() < EARLIEST_YEAR
                || draft.publicationDate().getYear() > LATEST_YEAR) {
            problems.add("date", "validation.dateRange");
        }
        if (draft.themeId() != null && !articles.themeExists(draft.themeId())) {
            problems.add("theme", "validation.unknownTheme");
        }
        if (draft.versions().values().stream().allMatch(VersionDraft::isBlank)) {
            problems.add("versions", "validation.noLanguage");
        }
        draft.versions().forEach((language, version) -> {
            if (!version.isBlank()) {
                checkVersion(language, version, draft.articleId(), problems, now);
            }
        });
        var hero = draft.heroImage();
        if (hero != null) {
            checkHeroImage(draft, hero, problems);
        }
        if (goesPublicForTheFirstTime(draft)) {
            checkRequiredLanguages(draft, problems);
        }
        problems.rejectIfAny();
    }

    /**
     * A public body that publishes in two languages by law must not have an article appear in one of them first.
     * Once an article is out, a language may follow later or be withdrawn on its own.
     */
    private boolean goesPublicForTheFirstTime(ArticleDraft draft) {
        var goesPublic = draft.versions().values().stream().anyMatch(DraftValidation::goesPublic);
        return goesPublic && (draft.articleId() == null || !articles.wasEverPublished(draft.articleId()));
    }

    private void checkRequiredLanguages(ArticleDraft draft, Problems problems) {
        for (var language : requiredLanguages) {
            var version = draft.versions().getOrDefault(language, VersionDraft.empty());
            if (version.title().isEmpty()) {
                problems.add(language.code() + ".title", "validation.requiredLanguage");
            } else if (version.body().isBlank()) {
                problems.add(language.code() + ".body", "validation.requiredLanguage");
            }
        }
    }

    private static boolean goesPublic(VersionDraft version) {
        return !version.isBlank()
                && (version.status() == PublicationStatus.PUBLISHED || version.status() == PublicationStatus.SCHEDULED);
    }

    /** Visitors who do not see the image need its alt text: no language goes public without one. */
    private void checkHeroImage(ArticleDraft draft, HeroImageDraft hero, Problems problems) {
        if (!articles.imageExists(hero.imageId())) {
            problems.add("hero", "validation.unknownImage");
            return;
        }
        for (var language : Language.values()) {
            var field = "heroAlt." + language.code();
            var version = draft.versions().get(language);
            var goesPublic = version != null && goesPublic(version);
            if (hero.altText(language).length() > MAX_ALT_TEXT) {
                problems.add(
                        field,
                        "validation.tooLong",
                        MAX_ALT_TEXT,
                        hero.altText(language).length());
            } else if (goesPublic && hero.altText(language).isEmpty()) {
                problems.add(field, "validation.altTextRequired");
            }
        }
    }

    private void checkVersion(
            Language language, VersionDraft version, @Nullable Long articleId, Problems problems, Instant now) {

        var field = language.code() + ".";
        if (version.title().isEmpty()) {
            problems.add(field + "title", "validation.required");
        } else if (version.title().length() > MAX_TITLE) {
            problems.add(
                    field + "title",
                    "validation.tooLong",
                    MAX_TITLE,
                    version.title().length());
        }
        // A slug comes from its title: with both empty, the missing title is the one thing to fix.
        if (!version.title().isEmpty() || !version.slug().isEmpty()) {
            if (!Slugs.isValid(version.slug())) {
                problems.add(field + "slug", "validation.slugFormat");
            } else if (articles.slugTaken(language, version.slug(), articleId)) {
                problems.add(field + "slug", "validation.slugTaken");
            }
        }
        if (version.teaser().length() > MAX_TEASER) {
            problems.add(
                    field + "teaser",
                    "validation.tooLong",
                    MAX_TEASER,
                    version.teaser().length());
        }
        if (version.body().length() > MAX_BODY) {
            problems.add(
                    field + "body",
                    "validation.tooLong",
                    MAX_BODY,
                    version.body().length());
        }
        if (version.status() != PublicationStatus.DRAFT && version.body().isBlank()) {
            problems.add(field + "body", "validation.requiredToPublish");
        }
        if (version.status() == PublicationStatus.SCHEDULED
                && (version.publishAt() == null || !version.publishAt().isAfter(now))) {
            problems.add(field + "publishAt", "validation.publishAtFuture");
        }
    }
}
