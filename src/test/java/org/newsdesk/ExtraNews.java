package org.newsdesk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.editorial.ArticleDraft;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.editorial.VersionDraft;

/**
 * Articles that a test adds for as long as it needs them: pages of published news, or drafts. They are written
 * through the editorial service as an editor writes them (the caller runs as one, for example with
 * {@code @WithMockUser(roles = "EDITOR")}), titled "Extra news …", without a theme unless one is given, and deleted
 * again by {@link #close()}, so that tests sharing the database find it as it was.
 */
public final class ExtraNews implements AutoCloseable {

    private final EditorialService editorial;
    private final List<ArticleDraft> saved = new ArrayList<>();

    private ExtraNews(EditorialService editorial) {
        this.editorial = editorial;
    }

    /** @param newest the publication date of the first; each further one a day older */
    public static ExtraNews publish(EditorialService editorial, Language language, int count, LocalDate newest) {
        return write(editorial, PublicationStatus.PUBLISHED, null, language, count, newest);
    }

    /** Published under a theme, as {@link #publish} publishes them without one. */
    public static ExtraNews publishUnder(
            EditorialService editorial, long themeId, Language language, int count, LocalDate newest) {
        return write(editorial, PublicationStatus.PUBLISHED, themeId, language, count, newest);
    }

    /** Drafts in one language, as {@link #publish} makes published articles. */
    public static ExtraNews drafts(EditorialService editorial, Language language, int count, LocalDate newest) {
        return write(editorial, PublicationStatus.DRAFT, null, language, count, newest);
    }

    private static ExtraNews write(
            EditorialService editorial,
            PublicationStatus status,
            @Nullable Long themeId,
            Language language,
            int count,
            LocalDate newest) {
        var news = new ExtraNews(editorial);
        var batch = UUID.randomUUID().toString().substring(0, 8);
        for (var index = 0; index < count; index++) {
            var version = new VersionDraft(
                    "Extra news " + batch + " number " + (index + 1),
                    "extra-news-" + batch + "-" + (index + 1),
                    "An article a test added.",
                    "Added by a test.",
                    status,
                    null);
            news.saved.add(editorial.save(new ArticleDraft(
                    null, 0, themeId, newest.minusDays(index), Map.of(language, version), null, null)));
        }
        return news;
    }

    /** Each article's id, newest first. */
    public List<Long> ids() {
        return saved.stream().map(ArticleDraft::savedArticleId).toList();
    }

    /** Each article's slug, newest first. */
    public List<String> slugs() {
        return saved.stream()
                .flatMap(article -> article.versions().values().stream())
                .map(VersionDraft::slug)
                .toList();
    }

    @Override
    public void close() {
        saved.forEach(article -> editorial.delete(article.articleId(), article.version()));
    }
}
