package org.newsdesk.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.jooq.Tables.ARTICLE;
import static org.newsdesk.jooq.Tables.ARTICLE_TRANSLATION;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Several language versions published or scheduled in one action go live at the same instant, exactly once, also
 * when two editors (or two instances) act at the same moment. Rows are committed, as separate requests would
 * commit them, and removed afterwards. The scheduled publisher is held back (1 h) so that only the test runs it.
 */
@SpringBootTest(properties = "newsdesk.publishing.check-interval=1h")
class PublishTogetherTest {

    private static final List<Language> TOGETHER = List.of(Language.NL, Language.FR, Language.DE);

    @Autowired
    EditorialService editorial;

    @Autowired
    ScheduledPublisher publisher;

    @Autowired
    DSLContext dsl;

    @Autowired
    SecurityContextHolderStrategy security;

    private final List<Long> created = new ArrayList<>();

    @AfterEach
    void removeArticles() {
        dsl.deleteFrom(ARTICLE).where(ARTICLE.ID.in(created)).execute();
    }

    @Test
    void twoEditorsPublishingTheSameLanguagesTogetherPublishThemOnceAtOneInstant() throws Exception {
        var drafts = asEditor(() -> editorial.save(article("samen-" + System.nanoTime())));
        created.add(drafts.articleId());
        var allLive = inState(drafts, PublicationStatus.PUBLISHED, null);

        var pool = Executors.newFixedThreadPool(2);
        var outcomes = new ArrayList<String>();
        try {
            for (var run : pool.invokeAll(List.<Callable<String>>of(
                    () -> asEditor(() -> attempt(allLive)), () -> asEditor(() -> attempt(allLive))))) {
                outcomes.add(run.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(outcomes).containsExactlyInAnyOrder("saved", "conflict");
        assertThat(publishedAts(drafts.articleId())).hasSize(TOGETHER.size()).doesNotContainNull();
        assertThat(publishedAts(drafts.articleId()).stream().distinct()).hasSize(1);
    }

    @Test
    void languagesScheduledTogetherGoLiveInOneStatementOnceWhicheverInstanceGetsThereFirst() throws Exception {
        var drafts = asEditor(() -> editorial.save(article("gepland-samen-" + System.nanoTime())));
        created.add(drafts.articleId());
        var at = Instant.now().plus(Duration.ofHours(1));
        asEditor(() -> editorial.save(inState(drafts, PublicationStatus.SCHEDULED, at)));
        // An hour passes: the time is moved, not waited for.
        var due = Instant.now().minus(Duration.ofSeconds(1));
        dsl.update(ARTICLE_TRANSLATION)
                .set(ARTICLE_TRANSLATION.PUBLISH_AT, due)
                .where(ARTICLE_TRANSLATION.ARTICLE_ID.eq(drafts.articleId()))
                .execute();

        var pool = Executors.newFixedThreadPool(3);
        var published = 0;
        try {
            for (var run : pool.invokeAll(
                    List.<Callable<Integer>>of(publisher::publishDue, publisher::publishDue, publisher::publishDue))) {
                published += run.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(published).isEqualTo(TOGETHER.size());
        assertThat(publishedAts(drafts.articleId())).containsOnly(due.truncatedTo(ChronoUnit.MILLIS));
    }

    private String attempt(ArticleDraft article) {
        try {
            editorial.save(article);
            return "saved";
        } catch (EditConflictException conflict) {
            return "conflict";
        }
    }

    private List<Instant> publishedAts(long articleId) {
        return dsl.select(ARTICLE_TRANSLATION.PUBLISHED_AT)
                .from(ARTICLE_TRANSLATION)
                .where(ARTICLE_TRANSLATION.ARTICLE_ID.eq(articleId))
                .fetch(ARTICLE_TRANSLATION.PUBLISHED_AT);
    }

    private static ArticleDraft article(String slug) {
        var versions = new EnumMap<Language, VersionDraft>(Language.class);
        TOGETHER.forEach(language -> versions.put(
                language,
                new VersionDraft("Samen " + language.code(), slug + "-" + language.code(), "", "Tekst.", null, null)));
        return new ArticleDraft(null, 0, null, LocalDate.of(2026, 11, 30), versions, null, null);
    }

    private static ArticleDraft inState(ArticleDraft article, PublicationStatus status, Instant publishAt) {
        var versions = new EnumMap<Language, VersionDraft>(Language.class);
        article.versions().forEach((language, version) -> versions.put(language, version.withState(status, publishAt)));
        return new ArticleDraft(
                article.articleId(),
                article.version(),
                article.themeId(),
                article.publicationDate(),
                versions,
                article.updatedBy(),
                article.heroImage());
    }

    private <T> T asEditor(Callable<T> action) throws Exception {
        var context = security.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "eva", null, List.of(new SimpleGrantedAuthority("ROLE_EDITOR"))));
        security.setContext(context);
        try {
            return action.call();
        } finally {
            security.clearContext();
        }
    }
}
