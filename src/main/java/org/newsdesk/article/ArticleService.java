package org.newsdesk.article;

import java.util.List;
import java.util.Optional;

import org.newsdesk.base.Language;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What visitors and editors read about articles. */
@Service
@Transactional(readOnly = true)
public class ArticleService {

    private final ArticleRepository articles;
    private final MarkdownRenderer markdown;

    ArticleService(ArticleRepository articles, MarkdownRenderer markdown) {
        this.articles = articles;
        this.markdown = markdown;
    }

    /** The newest published articles in one language. */
    public List<ArticleCard> latest(Language language, int limit) {
        return articles.findPublishedCards(language, Math.clamp(limit, 1, 100));
    }

    /** A published article by its slug in one language; empty for unknown and unpublished slugs. */
    public Optional<ArticlePage> published(Language language, String slug) {
        return articles.findPublished(language, slug).map(version -> new ArticlePage(version.articleId(),
                version.language(), version.slug(), version.title(), version.teaser(),
                markdown.toSafeHtml(version.bodyMarkdown()), version.publicationDate(), version.themeName(),
                version.views(), articles.findPublishedSlugs(version.articleId())));
    }

    /** Every article in every state, for the back office. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public List<ArticleOverview> overview(Language preferred) {
        return articles.findOverview(preferred);
    }
}
