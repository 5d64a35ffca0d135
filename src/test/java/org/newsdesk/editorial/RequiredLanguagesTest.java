package org.newsdesk.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsdesk.base.Language;
import org.newsdesk.base.NewsdeskProperties;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.base.Rejected;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * With Dutch and French required, an article first appears in both or not at all; later it may go its own way. The
 * rule is checked with these settings on the tests' one application context (a second context would swap Vaadin's
 * security strategy under the other tests), against the real database.
 */
@SpringBootTest
@Transactional
@WithMockUser(username = "eva", roles = "EDITOR")
class RequiredLanguagesTest {

    @Autowired
    EditorialService editorial;

    @Autowired
    EditorialRepository articles;

    private DraftValidation dutchAndFrenchRequired() {
        var settings = new Binder(new MapConfigurationPropertySource(Map.of("newsdesk.languages.required", "nl,fr")))
                .bind("newsdesk", NewsdeskProperties.class)
                .get();
        return new DraftValidation(articles, settings);
    }

    private ArticleDraft checked(ArticleDraft draft) {
        dutchAndFrenchRequired().check(draft, Instant.now());
        return draft;
    }

    @Test
    void aFirstPublicationInOneRequiredLanguageIsRefusedAndNamesTheMissingOne() {
        var dutchOnly =
                Map.of(Language.NL, version("Verplichte talen", "verplichte-talen", PublicationStatus.PUBLISHED));

        assertThatThrownBy(() -> checked(draft(dutchOnly)))
                .isInstanceOfSatisfying(
                        Rejected.class,
                        rejected -> assertThat(rejected.messageKeys())
                                .containsExactly(Map.entry("fr.title", "validation.requiredLanguage")));
    }

    @Test
    void aDraftNeedsNoOtherLanguageAndAFrenchDraftWithoutTextIsNotReady() {
        var dutchDraft = editorial.save(
                draft(Map.of(Language.NL, version("Nog een concept", "nog-een-concept", PublicationStatus.DRAFT))));
        assertThat(dutchDraft.articleId()).isNotNull();

        var versions = new EnumMap<>(dutchDraft.versions());
        versions.put(Language.NL, versions.get(Language.NL).withState(PublicationStatus.PUBLISHED, null));
        versions.put(
                Language.FR,
                new VersionDraft("Encore un brouillon", "encore-un-brouillon", "", "", PublicationStatus.DRAFT, null));
        assertThatThrownBy(() -> checked(withVersions(dutchDraft, versions)))
                .isInstanceOfSatisfying(
                        Rejected.class,
                        rejected -> assertThat(rejected.messageKeys())
                                .containsExactly(Map.entry("fr.body", "validation.requiredLanguage")));
    }

    @Test
    void onceOutInBothAnOptionalLanguageAndLaterChangesGoOnTheirOwn() {
        var both = editorial.save(checked(draft(Map.of(
                Language.NL, version("Samen uit", "samen-uit", PublicationStatus.PUBLISHED),
                Language.FR, version("Sortis ensemble", "sortis-ensemble", PublicationStatus.PUBLISHED)))));

        var versions = new EnumMap<>(both.versions());
        versions.put(Language.FR, versions.get(Language.FR).withState(PublicationStatus.DRAFT, null));
        versions.put(Language.EN, version("Out together", "out-together", PublicationStatus.PUBLISHED));
        var saved = editorial.save(checked(withVersions(both, versions)));

        assertThat(saved.versions().get(Language.EN).status()).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(saved.versions().get(Language.FR).status()).isEqualTo(PublicationStatus.DRAFT);
    }

    private static ArticleDraft draft(Map<Language, VersionDraft> versions) {
        return new ArticleDraft(null, 0, null, LocalDate.of(2026, 11, 30), versions, null, null);
    }

    private static ArticleDraft withVersions(ArticleDraft article, Map<Language, VersionDraft> versions) {
        return new ArticleDraft(
                article.articleId(),
                article.version(),
                article.themeId(),
                article.publicationDate(),
                versions,
                article.updatedBy(),
                article.heroImage());
    }

    private static VersionDraft version(String title, String slug, PublicationStatus status) {
        return new VersionDraft(title, slug, "Inleiding.", "De tekst.", status, null);
    }
}
