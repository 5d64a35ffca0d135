package org.newsdesk.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.SignedInEditor;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.media.MediaService;
import org.newsdesk.media.TestImages;
import org.newsdesk.theme.ThemeAdministration;
import org.newsdesk.theme.ThemeDraft;
import org.newsdesk.theme.ThemeNames;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a translator of French may do to an article, enforced by the service whatever a view sends: write the French
 * version's text and its alt text, nothing of the other languages, the shared fields or any state. Every test's rows
 * are rolled back.
 */
@SpringBootTest
@Transactional
@WithMockUser(
        username = "tina-translator",
        authorities = {"ROLE_TRANSLATOR", "LANGUAGE_fr"})
class TranslatorRightsTest {

    private static final LocalDate PUBLISHED_ON = LocalDate.of(2026, 3, 2);

    @Autowired
    EditorialService editorial;

    @Autowired
    ThemeAdministration themes;

    @Autowired
    MediaService media;

    ArticleDraft article;
    long imageId;

    /** Published in Dutch with a French draft translated from it, under a theme, with a hero image. */
    @BeforeEach
    void anEditorWritesAnArticle() {
        article = SignedInEditor.during(() -> {
            imageId = media.upload(TestImages.png(800, 450), "harbour.png").imageId();
            var names = new EnumMap<Language, ThemeNames>(Language.class);
            names.put(Language.NL, new ThemeNames("Havens", "havens-vertaaltest", ""));
            var theme = themes.save(new ThemeDraft(null, names)).themeId();
            var saved = editorial.save(new ArticleDraft(
                    null,
                    0,
                    theme,
                    PUBLISHED_ON,
                    Map.of(
                            Language.NL, version("Nieuwe kade geopend", PublicationStatus.PUBLISHED),
                            Language.FR, version("Nouveau quai", PublicationStatus.DRAFT)),
                    null,
                    new HeroImageDraft(imageId, Map.of(Language.NL, "Een kade", Language.FR, "Un quai"))));
            editorial.translateFrom(saved.savedArticleId(), Language.FR, Language.NL);
            return editorial.load(saved.savedArticleId()).orElseThrow();
        });
    }

    @Test
    void savesTheTextAndAltTextOfTheirLanguage() {
        var changed = with(article, Language.FR, version("Le nouveau quai est ouvert", PublicationStatus.DRAFT));
        var stored = editorial.save(new ArticleDraft(
                changed.articleId(),
                changed.version(),
                changed.themeId(),
                changed.publicationDate(),
                changed.versions(),
                null,
                new HeroImageDraft(imageId, Map.of(Language.NL, "Een kade", Language.FR, "Un quai neuf"))));

        assertThat(stored.versions().get(Language.FR).title()).isEqualTo("Le nouveau quai est ouvert");
        assertThat(stored.heroImage().altText(Language.FR)).isEqualTo("Un quai neuf");
        assertThat(editorial
                        .revisions(article.savedArticleId(), Language.FR)
                        .getFirst()
                        .savedBy())
                .isEqualTo("tina-translator");
    }

    @Test
    void whatTheySendForOtherLanguagesAndSharedFieldsChangesNothing() {
        var tampered = with(article, Language.NL, version("Overschreven", PublicationStatus.PUBLISHED));
        tampered = with(tampered, Language.DE, version("Neu angelegt", PublicationStatus.DRAFT));
        var stored = editorial.save(new ArticleDraft(
                tampered.articleId(),
                tampered.version(),
                null,
                PUBLISHED_ON.plusYears(1),
                tampered.versions(),
                null,
                new HeroImageDraft(imageId, Map.of(Language.NL, "Weg ermee", Language.FR, "Un quai"))));

        assertThat(stored.versions().get(Language.NL).title()).isEqualTo("Nieuwe kade geopend");
        assertThat(stored.versions()).doesNotContainKey(Language.DE);
        assertThat(stored.themeId()).isEqualTo(article.themeId());
        assertThat(stored.publicationDate()).isEqualTo(PUBLISHED_ON);
        assertThat(stored.heroImage().altText(Language.NL)).isEqualTo("Een kade");
    }

    @Test
    void cannotRemoveTheHeroImage() {
        var stored = editorial.save(new ArticleDraft(
                article.articleId(),
                article.version(),
                article.themeId(),
                article.publicationDate(),
                article.versions(),
                null,
                null));

        assertThat(stored.heroImage()).isNotNull();
        assertThat(stored.heroImage().imageId()).isEqualTo(imageId);
    }

    @Test
    void cannotPublishScheduleOrArchiveTheirLanguage() {
        var published = with(article, Language.FR, version("Nouveau quai", PublicationStatus.PUBLISHED));

        assertThatThrownBy(() -> editorial.save(published)).isInstanceOf(AccessDeniedException.class);
        assertThat(editorial
                        .load(article.savedArticleId())
                        .orElseThrow()
                        .versions()
                        .get(Language.FR)
                        .status())
                .isEqualTo(PublicationStatus.DRAFT);
    }

    @Test
    void cannotCreateOrDeleteArticles() {
        var fresh = with(editorial.newArticle(), Language.FR, version("Un autre", PublicationStatus.DRAFT));

        assertThatThrownBy(() -> editorial.save(fresh)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> editorial.delete(article.savedArticleId(), article.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(editorial.load(article.savedArticleId())).isPresent();
    }

    @Test
    void setsTheSourceOfTheirLanguageOnly() {
        editorial.translateFrom(article.savedArticleId(), Language.FR, null);
        assertThat(editorial.translations(article.savedArticleId())).doesNotContainKey(Language.FR);

        assertThatThrownBy(() -> editorial.translateFrom(article.savedArticleId(), Language.NL, Language.FR))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> editorial.confirmTranslation(article.savedArticleId(), Language.NL))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void confirmsTheirOutdatedTranslation() {
        SignedInEditor.during(() -> editorial.save(
                with(article, Language.NL, version("Nieuwe kade geopend in 2026", PublicationStatus.PUBLISHED))));
        assertThat(editorial
                        .translations(article.savedArticleId())
                        .get(Language.FR)
                        .outdated())
                .isTrue();

        editorial.confirmTranslation(article.savedArticleId(), Language.FR);

        assertThat(editorial
                        .translations(article.savedArticleId())
                        .get(Language.FR)
                        .outdated())
                .isFalse();
    }

    @Test
    @WithMockUser(username = "tom-translator", roles = "TRANSLATOR")
    void aTranslatorWithoutLanguagesOnlyReads() {
        assertThat(editorial.load(article.savedArticleId())).isPresent();
        var changed = with(article, Language.FR, version("Changé", PublicationStatus.DRAFT));

        var stored = editorial.save(changed);

        assertThat(stored.versions().get(Language.FR).title()).isEqualTo("Nouveau quai");
        assertThatThrownBy(() -> editorial.confirmTranslation(article.savedArticleId(), Language.FR))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static VersionDraft version(String title, PublicationStatus status) {
        return new VersionDraft(title, "", "Een korte inleiding.", "De tekst van het bericht.", status, null);
    }

    private static ArticleDraft with(ArticleDraft article, Language language, VersionDraft version) {
        var versions = new EnumMap<Language, VersionDraft>(Language.class);
        versions.putAll(article.versions());
        var stored = article.versions().get(language);
        versions.put(
                language,
                stored == null
                        ? version
                        : new VersionDraft(
                                version.title(),
                                stored.slug(),
                                version.teaser(),
                                version.body(),
                                version.status(),
                                version.publishAt()));
        return new ArticleDraft(
                article.articleId(),
                article.version(),
                article.themeId(),
                article.publicationDate(),
                versions,
                article.updatedBy(),
                article.heroImage());
    }
}
