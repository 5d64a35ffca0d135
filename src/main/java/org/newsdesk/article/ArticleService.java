package org.newsdesk.article;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.newsdesk.attachment.AttachmentService;
import org.newsdesk.base.Language;
import org.newsdesk.base.NewsCursor;
import org.newsdesk.base.SiteTime;
import org.newsdesk.corrections.ChangeNotes;
import org.newsdesk.counting.ViewCounter;
import org.newsdesk.markdown.MarkdownRenderer;
import org.newsdesk.search.NewsScope;
import org.newsdesk.search.NewsSearch;
import org.newsdesk.security.EditorsAndTranslators;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What visitors and editors read about articles. */
@Service
@Transactional(readOnly = true)
public class ArticleService {

    public static final int MAX_PAGE_SIZE = 100;
    /** The newest candidates read per kind of relation: enough for a few related cards, bounded at any size. */
    private static final int RELATED_CANDIDATES = 20;
    /** What the same theme weighs in relating two articles: as much as two shared title words. */
    private static final int SAME_THEME = 2;

    private final ArticleRepository articles;
    private final NewsSearch search;
    private final MarkdownRenderer markdown;
    private final ViewCounter viewCounter;
    private final Clock clock;
    private final PublicationYears publicationYears;
    private final AttachmentService attachments;
    private final ChangeNotes changeNotes;
    private final SiteTime siteTime;

    ArticleService(
            ArticleRepository articles,
            NewsSearch search,
            MarkdownRenderer markdown,
            ViewCounter viewCounter,
            Clock clock,
            PublicationYears publicationYears,
            AttachmentService attachments,
            ChangeNotes changeNotes,
            SiteTime siteTime) {
        this.siteTime = siteTime;
        this.attachments = attachments;
        this.changeNotes = changeNotes;
        this.articles = articles;
        this.search = search;
        this.markdown = markdown;
        this.viewCounter = viewCounter;
        this.clock = clock;
        this.publicationYears = publicationYears;
    }

    /** The newest published articles in one language. */
    public List<ArticleCard> latest(Language language, int limit) {
        return news(language, NewsQuery.EVERYTHING, null, limit).cards();
    }

    /** The newest published articles in one language other than the given one, for a "latest news" column. */
    public List<ArticleCard> latestOthers(Language language, long articleId, int limit) {
        return latest(language, limit + 1).stream()
                .filter(card -> card.articleId() != articleId)
                .limit(limit)
                .toList();
    }

    /**
     * Published news related to an article, newest first: of the same theme, or sharing at least two words of its
     * title with it. Reads a bounded number of the newest candidates of each kind, whatever the number of
     * articles.
     */
    public List<ArticleCard> related(ArticlePage article, int limit) {
        var language = article.language();
        var score = new HashMap<Long, Integer>(
                search.sharingTitleWords(language, article.articleId(), article.title(), RELATED_CANDIDATES));
        var sameTheme = article.themeId() == null
                ? List.<ArticleCard>of()
                : articles.findNews(
                        language,
                        NewsQuery.ofTheme(article.themeId()).without(Set.of(article.articleId())),
                        null,
                        RELATED_CANDIDATES);
        sameTheme.forEach(card -> score.merge(card.articleId(), SAME_THEME, Integer::sum));
        var related = score.entrySet().stream()
                .filter(candidate -> candidate.getValue() >= SAME_THEME)
                .map(Map.Entry::getKey)
                .toList();
        return articles.findCardsOf(language, related).stream()
                .limit(limit)
                .map(this::withPendingViews)
                .toList();
    }

    /**
     * One page of published news matching the query, newest first. A search of only very common words looks
     * through a bounded number of articles per page; a page it leaves short then says how far back it looked,
     * and its next cursor searches on from there.
     *
     * @param after where the previous page ended, or null for the first page
     */
    public NewsPage news(Language language, NewsQuery query, @Nullable NewsCursor after, int pageSize) {
        var size = Math.clamp(pageSize, 1, MAX_PAGE_SIZE);
        if (!query.isSearch()) {
            return page(articles.findNews(language, query, after, size + 1), size, Optional.empty());
        }
        var found = search.find(language, query.text(), new NewsScope(query.themeId(), query.year()), after, size + 1);
        return page(articles.findCards(language, found.matches()), size, found.stoppedAfter());
    }

    /** @param found up to one card more than the page holds: whether there is a next page */
    private NewsPage page(List<ArticleCard> found, int size, Optional<NewsCursor> searchStoppedAfter) {
        var cards = found.stream().map(this::withPendingViews).toList();
        if (cards.size() > size) {
            var page = cards.subList(0, size);
            return new NewsPage(List.copyOf(page), Optional.of(page.getLast().position()));
        }
        return searchStoppedAfter
                .map(stop -> new NewsPage(cards, Optional.of(stop), Optional.of(stop.publicationDate())))
                .orElseGet(() -> new NewsPage(cards, Optional.empty()));
    }

    /**
     * The published cards of these articles, in the order given: for a list that editors order, such as the featured
     * news. Articles without a published version in the language are left out.
     */
    public List<ArticleCard> cardsInOrder(Language language, List<Long> articleIds) {
        var byId = articles.findCardsOf(language, articleIds).stream()
                .map(this::withPendingViews)
                .collect(Collectors.toMap(ArticleCard::articleId, card -> card));
        return articleIds.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** The years that have published news in this language, newest first (up to a minute old). */
    public List<Integer> publicationYears(Language language) {
        return publicationYears.of(language);
    }

    /**
     * The article visitors read at this slug in one language: published, or withdrawn under its banner; empty for
     * unknown slugs and versions that are not on the site.
     */
    public Optional<ArticlePage> readable(Language language, String slug) {
        return articles.findReadable(language, slug).map(this::pageOf);
    }

    /** Any language version, drafts included, exactly as the public page would show it: for staff only. */
    @EditorsAndTranslators
    public Optional<ArticlePage> preview(long articleId, Language language) {
        return articles.findAnyVersion(articleId, language).map(this::pageOf);
    }

    /**
     * Any language version, drafts included, for someone without an account who holds a preview link to it. Nobody
     * is signed in, so no role can be checked: only {@code previewlink.PreviewLinks} calls this, once it has checked
     * the link (ArchitectureTest keeps it so).
     */
    public Optional<ArticlePage> sharedVersion(long articleId, Language language) {
        return articles.findAnyVersion(articleId, language).map(this::pageOf);
    }

    private ArticlePage pageOf(ArticleRepository.StoredVersion version) {
        return new ArticlePage(
                version.articleId(),
                version.language(),
                version.slug(),
                version.title(),
                version.teaser(),
                markdown.toSafeHtml(version.bodyMarkdown()),
                version.publicationDate(),
                version.themeId(),
                version.themeSlug(),
                version.themeName(),
                version.views() + viewCounter.pending(version.articleId()),
                articles.findReadableSlugs(version.articleId()),
                version.heroImage(),
                attachments.of(version.articleId(), version.language()),
                changeNotes.of(version.articleId(), version.language()),
                withdrawalOf(version));
    }

    private @Nullable Withdrawal withdrawalOf(ArticleRepository.StoredVersion version) {
        var withdrawnAt = version.withdrawnAt();
        var reason = version.withdrawalReason();
        return withdrawnAt == null || reason == null
                ? null
                : new Withdrawal(withdrawnAt, siteTime.date(withdrawnAt), reason);
    }

    /**
     * The slug of each language version of an article that visitors read at its address (published or withdrawn), in
     * language order; empty when none is.
     */
    public Map<Language, String> readableSlugs(long articleId) {
        return articles.findReadableSlugs(articleId);
    }

    /** One page of the back office list: articles in every state, filtered; titles in the preferred language. */
    @EditorsAndTranslators
    public List<ArticleOverview> overview(Language preferred, OverviewFilter filter, int offset, int limit) {
        return articles
                .findOverview(
                        preferred, Instant.now(clock), filter, Math.max(0, offset), Math.clamp(limit, 1, MAX_PAGE_SIZE))
                .stream()
                .map(this::withPendingViews)
                .toList();
    }

    @EditorsAndTranslators
    public int countOverview(OverviewFilter filter) {
        return articles.countOverview(filter);
    }

    /**
     * How many articles have a scheduled version whose time has passed and that is still not live: the scheduled
     * publisher publishes them within a minute, so one that stays is worth an editor's look.
     */
    @EditorsAndTranslators
    public int countOverdue() {
        return articles.countOverdue(Instant.now(clock));
    }

    /** The list's counts for a filter: all its articles, and per state, whatever state the filter names. */
    @EditorsAndTranslators
    public OverviewCounts countOverviewByStatus(OverviewFilter filter) {
        var anyStatus = filter.withStatus(null);
        return new OverviewCounts(articles.countOverview(anyStatus), articles.countOverviewByStatus(anyStatus));
    }

    private ArticleOverview withPendingViews(ArticleOverview article) {
        return article.withViews(
                article.views() + viewCounter.pending(article.articleId()),
                article.versions().stream()
                        .map(version -> version.withViews(
                                version.views() + viewCounter.pending(article.articleId(), version.language())))
                        .toList());
    }

    /** Stored views plus those counted since the last flush: what a reader expects to see. */
    private ArticleCard withPendingViews(ArticleCard card) {
        return card.withViews(card.views() + viewCounter.pending(card.articleId()));
    }
}
