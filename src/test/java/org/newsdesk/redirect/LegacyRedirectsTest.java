package org.newsdesk.redirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsdesk.jooq.Tables.AUDIT_EVENT;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.base.Language;
import org.newsdesk.base.Problem;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.base.Rejected;
import org.newsdesk.editorial.ArticleDraft;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.editorial.VersionDraft;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** Legacy redirects as editors add them and visitors follow them, against a real MariaDB; rolled back. */
@SpringBootTest
@Transactional
@WithMockUser(username = "eva", roles = "EDITOR")
class LegacyRedirectsTest {

    @Autowired
    LegacyRedirects redirects;

    @Autowired
    EditorialService editorial;

    @Autowired
    RedirectHits hits;

    @Autowired
    DSLContext dsl;

    private final String test = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anOldPathLeadsToAnArticleVersionAndFollowsItsRenames() {
        var article = editorial.save(new ArticleDraft(
                null, 0, null, LocalDate.of(2026, 11, 2), Map.of(Language.NL, version("bericht-" + test)), null, null));
        var added = redirects.add("/nieuws/2019/oud-bericht-" + test + ".html", "/nl/news/bericht-" + test);
        redirects.forget(); // what the commit announces

        assertThat(added.article()).isNotNull();
        assertThat(redirects.follow("/nieuws/2019/oud-bericht-" + test + ".html"))
                .contains("/nl/news/bericht-" + test);

        editorial.save(new ArticleDraft(
                article.articleId(),
                article.version(),
                null,
                article.publicationDate(),
                Map.of(Language.NL, version("hernoemd-" + test)),
                null,
                null));
        redirects.forget();

        assertThat(redirects.follow("/nieuws/2019/oud-bericht-" + test + ".html"))
                .contains("/nl/news/hernoemd-" + test);
    }

    @Test
    void theOldPathIsNormalisedAndMatchedWithoutItsTrailingSlash() {
        var added = redirects.add("https://old.example.org//archief/" + test + "/?page=2#top", "/fr/?theme=energie");

        assertThat(added.path()).isEqualTo("/archief/" + test);
        assertThat(added.target()).isEqualTo("/fr/?theme=energie");
        redirects.forget();
        assertThat(redirects.follow("/archief/" + test + "/")).contains("/fr/?theme=energie");
        assertThat(redirects.follow("/archief//" + test)).contains("/fr/?theme=energie");
        assertThat(redirects.follow("/Archief/" + test)).isEmpty();
    }

    @Test
    void aPathWithSpacesAndAccentsIsWrittenEncodedInTheLocation() {
        redirects.add("/oude site/één.html", "/nl/themes/water");
        redirects.forget();

        assertThat(redirects.follow("/oude site/één.html")).contains("/nl/themes/water");
        redirects.add("/x-" + test, "/nl/themes/é");
        redirects.forget();
        assertThat(redirects.follow("/x-" + test)).contains("/nl/themes/%C3%A9");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "//evil.example",
                "https://evil.example",
                "http://evil.example/nl/news/x",
                "/\\evil.example",
                "/%2F%2Fevil.example",
                "javascript:alert(1)",
                "evil.example",
                "/nl/../admin",
                "/admin/accounts",
                "/nieuws/elders.html"
            })
    void aTargetOffTheSiteOrOutsideItsPagesIsRefused(String target) {
        assertThatThrownBy(() -> redirects.add("/oud-" + test, target))
                .isInstanceOfSatisfying(
                        Rejected.class,
                        rejected -> assertThat(rejected.problems())
                                .containsEntry("target", Problem.of("redirects.problem.targetNotOnSite")));
        assertThat(redirects.all()).noneMatch(redirect -> redirect.path().equals("/oud-" + test));
    }

    @Test
    void anOldPathThatIsTheSitesOwnIsRefusedSoThatNoRedirectLoopsOrChains() {
        for (var own :
                new String[] {"/", "/nl/news/x", "/nl", "/admin", "/login", "/media/1/card.jpg", "/robots.txt"}) {
            assertThatThrownBy(() -> redirects.add(own, "/nl/"))
                    .isInstanceOfSatisfying(
                            Rejected.class,
                            rejected -> assertThat(rejected.problems())
                                    .containsEntry("path", Problem.of("redirects.problem.ownAddress")));
        }
    }

    @Test
    void everyProblemIsNamedAtOnceAndNothingIsStored() {
        redirects.add("/dubbel-" + test, "/nl/");

        assertThatThrownBy(() -> redirects.add("/dubbel-" + test + "/", "/nl/news/geen-artikel-" + test))
                .isInstanceOfSatisfying(
                        Rejected.class,
                        rejected -> assertThat(rejected.problems())
                                .containsOnly(
                                        Map.entry("path", Problem.of("redirects.problem.pathTaken")),
                                        Map.entry("target", Problem.of("redirects.problem.noArticle"))));
        assertThatThrownBy(() -> redirects.add(" ", ""))
                .isInstanceOfSatisfying(
                        Rejected.class,
                        rejected -> assertThat(rejected.problems())
                                .containsOnly(
                                        Map.entry("path", Problem.of("redirects.problem.pathRequired")),
                                        Map.entry("target", Problem.of("redirects.problem.targetRequired"))));
        assertThatThrownBy(() -> redirects.add("/a/../b", "/nl/"))
                .isInstanceOfSatisfying(
                        Rejected.class,
                        rejected -> assertThat(rejected.problems())
                                .containsOnly(Map.entry("path", Problem.of("redirects.problem.notAPath"))));
    }

    @Test
    void usesAreCountedAndStoredInABatch() {
        var added = redirects.add("/geteld-" + test, "/nl/");
        redirects.forget();

        redirects.follow("/geteld-" + test);
        redirects.follow("/geteld-" + test);
        redirects.follow("/geteld-" + test + "/");
        hits.flush();

        var stored = redirects.all().stream()
                .filter(redirect -> redirect.id() == added.id())
                .findFirst()
                .orElseThrow();
        assertThat(stored.hits()).isEqualTo(3);
        assertThat(stored.lastHitAt()).isNotNull();
    }

    @Test
    void addingAndRemovingAreAuditedAndARemovedRedirectLeadsNowhere() {
        var added = redirects.add("/weg-" + test, "/de/");
        redirects.remove(added.id());
        redirects.forget();

        assertThat(redirects.follow("/weg-" + test)).isEmpty();
        assertThat(dsl.fetchCount(
                        AUDIT_EVENT,
                        AUDIT_EVENT
                                .TARGET
                                .eq("redirect " + added.id())
                                .and(AUDIT_EVENT.ACTOR.eq("eva"))
                                .and(AUDIT_EVENT.ACTION.in("REDIRECT_ADDED", "REDIRECT_REMOVED"))))
                .isEqualTo(2);
    }

    @Test
    @WithAnonymousUser
    void onlyStaffManageRedirects() {
        assertThatThrownBy(() -> redirects.add("/anoniem-" + test, "/nl/"))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> redirects.all()).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(redirects.follow("/anoniem-" + test)).isEmpty();
    }

    private static VersionDraft version(String slug) {
        return new VersionDraft("Title " + slug, slug, "Teaser", "Body", PublicationStatus.PUBLISHED, null);
    }
}
