package org.newsdesk.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.base.Rejected;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** Which translation follows which source, and when it is outdated, against a real MariaDB; rolled back. */
@SpringBootTest
@Transactional
@WithMockUser(username = "eva", roles = "EDITOR")
class TranslationTrackingTest {

    @Autowired
    EditorialService editorial;

    @Test
    void theFirstLanguageIsTheOriginalAndTheOthersAreUpToDateTranslationsOfIt() {
        var article = editorial.save(article(Map.of(
                Language.NL, text("Grensbrug open", "De brug kostte 12 miljoen euro."),
                Language.FR, text("Pont ouvert", "Le pont a coûté 12 millions d'euros."))));

        var translations = editorial.translations(article.articleId());

        assertThat(translations).containsOnlyKeys(Language.FR);
        assertThat(translations.get(Language.FR).source()).isEqualTo(Language.NL);
        assertThat(translations.get(Language.FR).outdated()).isFalse();
        assertThat(translations.get(Language.FR).sourceThen().body()).isEqualTo("De brug kostte 12 miljoen euro.");
    }

    @Test
    void aLanguageAddedLaterTranslatesTheOriginal() {
        var article = editorial.save(article(Map.of(Language.FR, text("Pont ouvert", "Le pont est ouvert."))));

        var withGerman = editorial.save(with(article, Language.DE, text("Brücke offen", "Die Brücke ist offen.")));

        assertThat(editorial
                        .translations(withGerman.articleId())
                        .get(Language.DE)
                        .source())
                .isEqualTo(Language.FR);
    }

    @Test
    void aChangedSourceTextMakesItsTranslationsOutdatedAndTheChangeStaysVisible() {
        var article = editorial.save(article(Map.of(
                Language.NL, text("Grensbrug open", "De brug kostte 12 miljoen euro."),
                Language.FR, text("Pont ouvert", "Le pont a coûté 12 millions d'euros."),
                Language.EN, text("Bridge open", "The bridge cost 12 million euros."))));

        var corrected =
                editorial.save(with(article, Language.NL, text("Grensbrug open", "De brug kostte 14 miljoen euro.")));

        var translations = editorial.translations(corrected.articleId());
        assertThat(translations.get(Language.FR).outdated()).isTrue();
        assertThat(translations.get(Language.EN).outdated()).isTrue();
        assertThat(translations.get(Language.FR).sourceThen().body())
                .as("what the translation was made from, to compare with the source now")
                .isEqualTo("De brug kostte 12 miljoen euro.");
    }

    @Test
    void aChangeOfStateOrSlugAloneOutdatesNothing() {
        var article = editorial.save(article(Map.of(
                Language.NL, text("Grensbrug open", "Tekst."),
                Language.FR, text("Pont ouvert", "Texte."))));
        var nl = article.versions().get(Language.NL);

        var published = editorial.save(with(
                article,
                Language.NL,
                new VersionDraft(
                        nl.title(), "andere-slug", nl.teaser(), nl.body(), PublicationStatus.PUBLISHED, null)));

        assertThat(editorial
                        .translations(published.articleId())
                        .get(Language.FR)
                        .outdated())
                .isFalse();
    }

    @Test
    void savingTheTranslationsTextBringsItUpToDateWithTheSourceAsItIsNow() {
        var article = editorial.save(article(Map.of(
                Language.NL, text("Grensbrug open", "Kostte 12 miljoen."),
                Language.FR, text("Pont ouvert", "A coûté 12 millions."))));
        var corrected = editorial.save(with(article, Language.NL, text("Grensbrug open", "Kostte 14 miljoen.")));

        var updated = editorial.save(with(corrected, Language.FR, text("Pont ouvert", "A coûté 14 millions.")));

        var fr = editorial.translations(updated.articleId()).get(Language.FR);
        assertThat(fr.outdated()).isFalse();
        assertThat(fr.sourceThen().body()).isEqualTo("Kostte 14 miljoen.");
    }

    @Test
    void sourceAndTranslationChangedInOneSaveStayInStep() {
        var article = editorial.save(article(Map.of(
                Language.NL, text("Grensbrug open", "Kostte 12 miljoen."),
                Language.FR, text("Pont ouvert", "A coûté 12 millions."))));
        var both = new EnumMap<>(article.versions());
        both.put(Language.NL, text("Grensbrug open", "Kostte 14 miljoen."));
        both.put(Language.FR, text("Pont ouvert", "A coûté 14 millions."));

        var saved = editorial.save(withVersions(article, both));

        assertThat(editorial.translations(saved.articleId()).get(Language.FR).outdated())
                .isFalse();
    }

    @Test
    void confirmingKeepsTheTextRecordsTheConfirmationAndClearsTheMark() {
        var article = editorial.save(article(Map.of(
                Language.NL, text("Grensbrug open", "De brug is open."),
                Language.FR, text("Pont ouvert", "Le pont est ouvert."))));
        var reworded = editorial.save(with(article, Language.NL, text("Grensbrug open", "De brug is nu open.")));
        var lastSaveBefore = editorial.lastSaves(reworded.articleId()).get(Language.FR);

        editorial.confirmTranslation(reworded.articleId(), Language.FR);

        assertThat(editorial.translations(reworded.articleId()).get(Language.FR).outdated())
                .isFalse();
        var revisions = editorial.revisions(reworded.articleId(), Language.FR);
        assertThat(revisions.getFirst().kind()).isEqualTo(RevisionKind.CONFIRMED);
        assertThat(revisions.getFirst().savedBy()).isEqualTo("eva");
        assertThat(revisions.getFirst().version().body()).isEqualTo("Le pont est ouvert.");
        assertThat(editorial.load(reworded.articleId()).orElseThrow().version())
                .as("confirming is no save: an editor with the article open is not in conflict")
                .isEqualTo(reworded.version());
        assertThat(editorial.lastSaves(reworded.articleId()).get(Language.FR))
                .as("the publishing bar's last save stays the last save")
                .isEqualTo(lastSaveBefore);
    }

    @Test
    void aVersionCanBeMadeAnOriginalOrATranslationOfAnotherLanguageButNotOfItsOwnTranslation() {
        var article = editorial.save(article(Map.of(
                Language.NL, text("Grensbrug open", "Tekst."),
                Language.FR, text("Pont ouvert", "Texte."),
                Language.DE, text("Brücke offen", "Text."))));
        var id = article.articleId();

        editorial.translateFrom(id, Language.DE, Language.FR);
        assertThat(editorial.translations(id).get(Language.DE).source()).isEqualTo(Language.FR);

        assertThatThrownBy(() -> editorial.translateFrom(id, Language.NL, Language.DE))
                .isInstanceOfSatisfying(
                        Rejected.class,
                        rejected -> assertThat(rejected.messageKeys())
                                .containsEntry("source", "translation.source.circular"));
        assertThatThrownBy(() -> editorial.translateFrom(id, Language.FR, Language.EN))
                .isInstanceOfSatisfying(
                        Rejected.class,
                        rejected -> assertThat(rejected.messageKeys())
                                .containsEntry("source", "translation.source.missing"));

        editorial.translateFrom(id, Language.FR, null);
        assertThat(editorial.translations(id)).doesNotContainKey(Language.FR);
    }

    private static ArticleDraft article(Map<Language, VersionDraft> versions) {
        return new ArticleDraft(null, 0, null, LocalDate.of(2026, 11, 20), versions, null, null);
    }

    private static ArticleDraft with(ArticleDraft article, Language language, VersionDraft version) {
        var versions = new EnumMap<>(article.versions());
        versions.put(language, version);
        return withVersions(article, versions);
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

    /** A draft with a slug of its own, so that tests never meet another article's. */
    private static VersionDraft text(String title, String body) {
        return new VersionDraft(
                title, "tt-" + Math.abs((title + body).hashCode()) + "-" + System.nanoTime(), "", body, null, null);
    }
}
