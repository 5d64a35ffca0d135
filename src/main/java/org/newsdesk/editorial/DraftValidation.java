package org.newsdesk.editorial;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.newsdesk.base.Language;
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

    DraftValidation(EditorialRepository articles) {
        this.articles = articles;
    }

    void check(ArticleDraft draft, Instant now) {
        var problems = new LinkedHashMap<String, String>();
        if (draft.publicationDate() == null) {
            problems.put("date", "validation.required");
        } else if (draft.publicationDate().getYear() < EARLIEST_YEAR
                || draft.publicationDate().getYear() > LATEST_YEAR) {
            problems.put("date", "validation.dateRange");
        }
        if (draft.themeId() != null && !articles.themeExists(draft.themeId())) {
            problems.put("theme", "validation.unknownTheme");
        }
        if (draft.versions().values().stream().allMatch(VersionDraft::isBlank)) {
            problems.put("versions", "validation.noLanguage");
        }
        draft.versions().forEach((language, version) -> {
            if (!version.isBlank()) {
                checkVersion(language, version, draft.articleId(), problems, now);
            }
        });
        if (draft.heroImage() != null) {
            checkHeroImage(draft, problems);
        }
        if (!problems.isEmpty()) {
            throw new DraftRejectedException(problems);
        }
    }

    /** Visitors who do not see the image need its alt text: no language goes public without one. */
    private void checkHeroImage(ArticleDraft draft, Map<String, String> problems) {
        var hero = draft.heroImage();
        if (!articles.imageExists(hero.imageId())) {
            problems.put("hero", "validation.unknownImage");
            return;
        }
        for (var language : Language.values()) {
            var field = "heroAlt." + language.code();
            var version = draft.versions().get(language);
            var goesPublic = version != null
                    && !version.isBlank()
                    && (version.status() == PublicationStatus.PUBLISHED
                            || version.status() == PublicationStatus.SCHEDULED);
            if (hero.altText(language).length() > MAX_ALT_TEXT) {
                problems.put(field, "validation.tooLong");
            } else if (goesPublic && hero.altText(language).isEmpty()) {
                problems.put(field, "validation.altTextRequired");
            }
        }
    }

    private void checkVersion(
            Language language, VersionDraft version, Long articleId, Map<String, String> problems, Instant now) {
        var field = language.code() + ".";
        if (version.title().isEmpty()) {
            problems.put(field + "title", "validation.required");
        } else if (version.title().length() > MAX_TITLE) {
            problems.put(field + "title", "validation.tooLong");
        }
        if (!Slugs.isValid(version.slug())) {
            problems.put(field + "slug", "validation.slugFormat");
        } else if (articles.slugTaken(language, version.slug(), articleId)) {
            problems.put(field + "slug", "validation.slugTaken");
        }
        if (version.teaser().length() > MAX_TEASER) {
            problems.put(field + "teaser", "validation.tooLong");
        }
        if (version.body().length() > MAX_BODY) {
            problems.put(field + "body", "validation.tooLong");
        }
        if (version.status() != PublicationStatus.DRAFT && version.body().isBlank()) {
            problems.put(field + "body", "validation.requiredToPublish");
        }
        if (version.status() == PublicationStatus.SCHEDULED
                && (version.publishAt() == null || !version.publishAt().isAfter(now))) {
            problems.put(field + "publishAt", "validation.publishAtFuture");
        }
    }
}
