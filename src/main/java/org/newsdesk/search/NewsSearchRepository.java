package org.newsdesk.search;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;
import static org.newsdesk.jooq.Tables.ARTICLE;
import static org.newsdesk.jooq.Tables.ARTICLE_TRANSLATION;
import static org.newsdesk.jooq.Tables.SEARCH_TERM;
import static org.newsdesk.search.NewsOrderConditions.ARTICLES_NEWEST_FIRST;
import static org.newsdesk.search.NewsOrderConditions.after;
import static org.newsdesk.search.NewsOrderConditions.inYear;
import static org.newsdesk.search.NewsOrderConditions.publishedIn;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Record2;
import org.jooq.Select;
import org.jooq.SelectConditionStep;
import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;
import org.newsdesk.base.NewsCursor;
import org.springframework.stereotype.Repository;

/**
 * Finds the published articles that contain every word of a search, newest first, from search_term (one row per
 * stem of every published version, kept by SearchIndexer). Every stem also finds longer ones that
 * start with it ("mensenhandel" finds "mensenhandelar", the stem of "mensenhandelaars"). A page costs about the same however many articles
 * match: a search with a word that few articles contain reads only that word's matches; when every word is
 * common, the newest articles are tried one by one, and a page is found after a few dozen. Words that are each
 * common but rarely occur together would make that walk read every article, so it stops after
 * {@link NewsSearch#NEWEST_TRIED} articles from where the page starts and says where it stopped, so that the visitor can
 * ask to search on from there (docs/performance.md, section (c)).
 */
@Repository
class NewsSearchRepository {

    /**
     * Matches of a word counted at most: below it, reading and sorting all of them is cheap; above it, trying
     * the newest articles finds a page soon.
     */
    private static final int COMMON = 2_000;

    private final DSLContext dsl;

    NewsSearchRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The date and id of the published articles that match every word, the theme and the year, after the cursor,
     * newest first.
     *
     * @param words as {@link SearchWords#ofQuery} gives them, at least one
     */
    SearchMatches findMatches(
            Language language, List<String> words, NewsScope scope, @Nullable NewsCursor after, int limit) {
        return findMatches(language, words, scope, after, limit, COMMON, NewsSearch.NEWEST_TRIED);
    }

    /**
     * @param common      from how many matches on a word counts as common; tests try both ways with it
     * @param newestTried how many of the newest articles a search of only common words tries at most
     */
    SearchMatches findMatches(
            Language language,
            List<String> words,
            NewsScope scope,
            @Nullable NewsCursor after,
            int limit,
            int common,
            int newestTried) {
        var counts = cappedMatchCounts(language, words, common);
        var rarest = 0;
        for (int i = 1; i < words.size(); i++) {
            if (counts.get(i) < counts.get(rarest)) {
                rarest = i;
            }
        }
        if (counts.get(rarest) == 0) {
            return new SearchMatches(List.of(), Optional.empty());
        }
        return counts.get(rarest) < common
                ? new SearchMatches(fromWord(language, words.get(rarest), words, scope, after, limit), Optional.empty())
                : fromNewest(language, words, scope, after, limit, newestTried);
    }

    /** Index entries per word, up to the cap: one statement, reading at most that many entries per word. */
    private List<Integer> cappedMatchCounts(Language language, List<String> words, int cap) {
        List<Field<Integer>> counts = words.stream()
                .map(word -> field(selectCount()
                        .from(select(inline(1))
                                .from(SEARCH_TERM)
                                .where(wordIn(SEARCH_TERM.TERM, SEARCH_TERM.LANG, language, word))
                                .limit(cap)
                                .asTable("capped"))))
                .toList();
        var row = dsl.select(counts).fetchSingle();
        return counts.stream().map(row::get).toList();
    }

    /** All matches of the rarest word, newest first from its index range, each checked for the other words. */
    private List<NewsCursor> fromWord(
            Language language,
            String rarest,
            List<String> words,
            NewsScope scope,
            @Nullable NewsCursor after,
            int limit) {
        var driver = SEARCH_TERM.as("driver");
        var others = words.stream()
                .filter(word -> !word.equals(rarest))
                .map(word -> contains(driver.ARTICLE_ID, language, word))
                .reduce(noCondition(), Condition::and);
        var theme = scope.theme()
                .map(themeId -> field(select(ARTICLE.THEME_ID).from(ARTICLE).where(ARTICLE.ID.eq(driver.ARTICLE_ID)))
                        .eq(themeId))
                .orElse(noCondition());
        // One version can hold several words that start with the searched one.
        return dsl.selectDistinct(driver.PUBLICATION_DATE, driver.ARTICLE_ID)
                .from(driver)
                .where(wordIn(driver.TERM, driver.LANG, language, rarest))
                .and(inYear(driver.PUBLICATION_DATE, scope.year()))
                .and(after(driver.PUBLICATION_DATE, driver.ARTICLE_ID, after))
                .and(theme)
                .and(others)
                .orderBy(driver.PUBLICATION_DATE.desc(), driver.ARTICLE_ID.desc())
                .limit(limit)
                .fetch(row -> new NewsCursor(row.value1(), row.value2()));
    }

    /**
     * The newest published articles, as the unsearched grid reads them, each checked for every word: when all
     * words are common, a page is full after a few dozen articles. The walk stops at the last of the articles it
     * may try, so that words that seldom meet cost a bounded number of probes; if that leaves the page short while
     * older articles remain, the answer says where it stopped.
     */
    private SearchMatches fromNewest(
            Language language,
            List<String> words,
            NewsScope scope,
            @Nullable NewsCursor after,
            int limit,
            int newestTried) {
        var everyWord =
                words.stream().map(word -> contains(ARTICLE.ID, language, word)).reduce(noCondition(), Condition::and);
        // Counted in articles of any language, read from the date (or theme) index alone: a bound, not a page.
        var lastTried = dsl.select(ARTICLE.PUBLICATION_DATE, ARTICLE.ID)
                .from(ARTICLE)
                .where(scope.theme().map(ARTICLE.THEME_ID::eq).orElse(noCondition()))
                .and(inYear(ARTICLE.PUBLICATION_DATE, scope.year()))
                .and(after(ARTICLE.PUBLICATION_DATE, ARTICLE.ID, after))
                .orderBy(ARTICLE.PUBLICATION_DATE.desc(), ARTICLE.ID.desc())
                .limit(1)
                .offset(newestTried - 1)
                .fetchOptional(row -> new NewsCursor(row.value1(), row.value2()));
        var matches = newestCandidates(language, scope, after)
                .and(lastTried.map(NewsSearchRepository::notAfter).orElse(noCondition()))
                .and(everyWord)
                .orderBy(ARTICLE.PUBLICATION_DATE.desc(), ARTICLE.ID.desc())
                .limit(limit)
                .fetch(row -> new NewsCursor(row.value1(), row.value2()));
        return new SearchMatches(matches, matches.size() < limit ? lastTried : Optional.empty());
    }

    /** Published articles of the query's theme and year after the cursor, read newest first along the date index. */
    private SelectConditionStep<Record2<LocalDate, Long>> newestCandidates(
            Language language, NewsScope scope, @Nullable NewsCursor after) {
        return dsl.select(ARTICLE.PUBLICATION_DATE, ARTICLE.ID)
                .from(ARTICLES_NEWEST_FIRST)
                .where(publishedIn(language))
                .and(scope.theme().map(ARTICLE.THEME_ID::eq).orElse(noCondition()))
                .and(inYear(ARTICLE.PUBLICATION_DATE, scope.year()))
                .and(after(ARTICLE.PUBLICATION_DATE, ARTICLE.ID, after));
    }

    /** The given article and the newer ones. */
    private static Condition notAfter(NewsCursor last) {
        return ARTICLE.PUBLICATION_DATE
                .gt(last.publicationDate())
                .or(ARTICLE.PUBLICATION_DATE.eq(last.publicationDate()).and(ARTICLE.ID.ge(last.articleId())));
    }

    /**
     * One probe of uq_search_term_version per article. Written as a scalar subquery on purpose: MariaDB turns an
     * EXISTS into a semi-join and may then materialise every match of the word first, which costs what the
     * full-text index cost.
     */
    private static Condition contains(Field<Long> articleId, Language language, String word) {
        var term = SEARCH_TERM.as("word");
        return field(select(inline(1))
                        .from(term)
                        .where(term.ARTICLE_ID.eq(articleId).and(wordIn(term.TERM, term.LANG, language, word)))
                        .limit(1))
                .isNotNull();
    }

    /** The word itself or a longer one that starts with it; words hold no LIKE wildcards, only letters and digits. */
    private static Condition wordIn(Field<String> term, Field<Language> lang, Language language, String word) {
        return lang.eq(language).and(term.like(word + "%"));
    }

    /**
     * For each word, the newest articles (other than one) whose published version in this language holds exactly
     * that word: one id per word that an article holds, in one round trip.
     */
    List<Long> findNewestWithWords(Language language, Collection<String> words, long otherThan, int perWord) {
        return words.stream()
                .<Select<Record1<Long>>>map(word -> dsl.select(SEARCH_TERM.ARTICLE_ID)
                        .from(SEARCH_TERM)
                        .where(SEARCH_TERM.LANG.eq(language))
                        .and(SEARCH_TERM.TERM.eq(word))
                        .and(SEARCH_TERM.ARTICLE_ID.ne(otherThan))
                        .orderBy(SEARCH_TERM.PUBLICATION_DATE.desc(), SEARCH_TERM.ARTICLE_ID.desc())
                        .limit(perWord))
                .reduce(Select::unionAll)
                .map(everyWord -> dsl.fetch(everyWord).getValues(SEARCH_TERM.ARTICLE_ID))
                .orElse(List.of());
    }

    /** The title, teaser and body Markdown of these articles' published versions in this language, by article. */
    Map<Long, PublishedText> findPublishedTexts(Language language, Collection<Long> articleIds) {
        return dsl.select(
                        ARTICLE_TRANSLATION.ARTICLE_ID,
                        ARTICLE_TRANSLATION.TITLE,
                        ARTICLE_TRANSLATION.TEASER,
                        ARTICLE_TRANSLATION.BODY)
                .from(ARTICLE_TRANSLATION)
                .where(ARTICLE_TRANSLATION.ARTICLE_ID.in(articleIds))
                .and(publishedIn(language))
                .fetchMap(
                        ARTICLE_TRANSLATION.ARTICLE_ID,
                        row -> new PublishedText(row.value2(), row.value3(), row.value4()));
    }

    record PublishedText(String title, String teaser, String bodyMarkdown) {}
}
