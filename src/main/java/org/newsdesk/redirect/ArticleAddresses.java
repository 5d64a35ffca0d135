package org.newsdesk.redirect;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.newsdesk.article.ArticleService;
import org.newsdesk.base.Language;
import org.newsdesk.base.web.Addresses;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the article behind an article address that is not its page (any more): an old slug leads to the version's
 * current slug in one hop however often it was renamed, another language's slug to this language's version, an
 * unpublished version to its 410 Gone or the page its editor chose, and an article that lacks this language to the
 * list of those it has. A slug a version visitors read (published or withdrawn) has now always wins.
 */
@Service
@Transactional(readOnly = true)
public class ArticleAddresses {

    private final RedirectRepository repository;
    private final ArticleService articles;

    ArticleAddresses(RedirectRepository repository, ArticleService articles) {
        this.repository = repository;
        this.articles = articles;
    }

    public ArticleAddress resolve(Language language, String slug) {
        var holder = repository.articleWithSlug(language, slug);
        if (holder.isPresent() && articles.readableSlugs(holder.get()).containsKey(language)) {
            return new ArticleAddress.Live();
        }
        var gone = holder.flatMap(articleId -> repository.unpublished(articleId, language));
        if (gone.isPresent()) {
            return gone.get();
        }
        // An old slug leads to its article while a new version with that slug is not out yet.
        return repository
                .articleWithOldSlug(language, slug)
                .or(() -> holder)
                .or(() -> repository.articleWithSlugInAnyLanguage(slug))
                .map(articleId -> addressOf(articleId, language))
                .orElseGet(ArticleAddress.Unknown::new);
    }

    private ArticleAddress addressOf(long articleId, Language language) {
        var published = articles.readableSlugs(articleId);
        var here = Optional.ofNullable(published.get(language));
        if (here.isPresent()) {
            return new ArticleAddress.Moved(Addresses.article(language, here.get()));
        }
        var gone = repository.unpublished(articleId, language);
        if (gone.isPresent()) {
            return gone.get();
        }
        if (published.isEmpty()) {
            return new ArticleAddress.Unknown();
        }
        Map<Language, String> versions = new EnumMap<>(Language.class);
        published.forEach((each, slug) -> versions.put(each, Addresses.article(each, slug)));
        return new ArticleAddress.ElsewhereOnly(versions);
    }
}
