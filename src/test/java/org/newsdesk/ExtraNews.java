package org.newsdesk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.editorial.ArticleDraft;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.editorial.VersionDraft;

/**
 * Published articles that a test adds to the demo content for as long as it needs them: no language of the demo
 * content has three pages of news. They are written through the editorial service as an editor writes them (the
 * caller runs as one, for example with {@code @WithMockUser(roles = "EDITOR")}), without a theme, and deleted
 * again by {@link #close()}, so that tests sharing the database see the demo content as it was.
 */
public final class ExtraNews implements AutoCloseable {

    private final EditorialService editorial;
    private final List<ArticleDraft> saved = new ArrayList<>();

    private ExtraNews(EditorialService editorial) {
        this.editorial = editorial;
    }

    /** @param newest the publication date of the first; each further one a day older */
    public static ExtraNews publish(EditorialService editorial, Language language, int count, LocalDate newest) {
        var news = new ExtraNews(editorial);
        var batch = UUID.randomUUID().toString().substring(0, 8);
        for (var index = 0; index < count; index++) {
            var version = new VersionDraft(
                    "Extra news " + batch + " number " + (index + 1),
                    "extra-news-" + batch + "-" + (index + 1),
                    "An article a test added.",
                    "Added by a test.",
                    PublicationStatus.PUBLISHED,
                    null);
            news.saved.add(editorial.save(
                    new ArticleDraft(null, 0, null, newest.minusDays(index), Map.of(language, version), null, null)));
        }
        return news;
    }

    @Override
    public void close() {
        saved.forEach(article -> editorial.delete(article.articleId(), article.version()));
    }
}
