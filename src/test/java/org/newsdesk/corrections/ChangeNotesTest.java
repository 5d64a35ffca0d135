package org.newsdesk.corrections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.article.ArticleService;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.base.Rejected;
import org.newsdesk.editorial.ArticleDraft;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.editorial.VersionDraft;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** Telling readers what changed in a published article, against a real MariaDB; every test is rolled back. */
@SpringBootTest
@Transactional
@WithMockUser(username = "eva", roles = "EDITOR")
class ChangeNotesTest {

    @Autowired
    EditorialService editorial;

    @Autowired
    ArticleService articles;

    private ArticleDraft live;
    private String slug;

    @BeforeEach
    void publish() {
        slug = "bridge-" + UUID.randomUUID().toString().substring(0, 8);
        live = editorial.save(new ArticleDraft(
                null,
                0,
                null,
                LocalDate.of(2026, 11, 2),
                Map.of(
                        Language.EN,
                        new VersionDraft(
                                "New bridge opens",
                                slug,
                                "It opens in May.",
                                "The bridge opens in May.",
                                PublicationStatus.PUBLISHED,
                                null),
                        Language.FR,
                        new VersionDraft(
                                "Un nouveau pont",
                                slug + "-fr",
                                "En mai.",
                                "Le pont ouvre en mai.",
                                PublicationStatus.DRAFT,
                                null)),
                null,
                null));
    }

    @Test
    void aCorrectionIsShownToReadersOfItsVersionWithItsDayAndNote() {
        editorial.save(
                withEnglishBody("The bridge opens in June."),
                Map.of(Language.EN, new ChangeNote(ChangeKind.CORRECTION, "  The opening month was wrong.  ")));

        var page = articles.readable(Language.EN, slug).orElseThrow();
        assertThat(page.changeNotes()).singleElement().satisfies(note -> {
            assertThat(note.kind()).isEqualTo(ChangeKind.CORRECTION);
            assertThat(note.text()).isEqualTo("The opening month was wrong.");
        });
        assertThat(page.updatedAt()).isPresent();
    }

    @Test
    void aMinorChangeAndAPlainSaveTellReadersNothing() {
        var saved = editorial.save(withEnglishBody("The bridge opens in May!"), Map.of(Language.EN, ChangeNote.MINOR));
        editorial.save(withBody(saved, "The bridge opens in May."));

        var page = articles.readable(Language.EN, slug).orElseThrow();
        assertThat(page.changeNotes()).isEmpty();
        assertThat(page.updatedAt()).isEmpty();
    }

    @Test
    void aCorrectionOrUpdateWithoutANoteIsRefusedAndNothingChanges() {
        assertThatThrownBy(() -> editorial.save(
                        withEnglishBody("The bridge opens in June."),
                        Map.of(Language.EN, new ChangeNote(ChangeKind.UPDATE, " "))))
                .isInstanceOfSatisfying(
                        Rejected.class,
                        rejected -> assertThat(rejected.problems()).containsOnlyKeys("en.changeNote"));
        assertThatThrownBy(() -> editorial.save(
                        withEnglishBody("The bridge opens in June."),
                        Map.of(Language.EN, new ChangeNote(ChangeKind.UPDATE, "x".repeat(ChangeNote.MAX_LENGTH + 1)))))
                .isInstanceOf(Rejected.class);

        var page = articles.readable(Language.EN, slug).orElseThrow();
        assertThat(page.bodyHtml()).contains("May");
        assertThat(page.changeNotes()).isEmpty();
    }

    @Test
    void onlyAChangeReadersOfALiveVersionSeeIsNoted() {
        var versions = new EnumMap<>(live.versions());
        versions.put(
                Language.FR,
                new VersionDraft(
                        "Un nouveau pont",
                        slug + "-fr",
                        "En juin.",
                        "Le pont ouvre en juin.",
                        PublicationStatus.PUBLISHED,
                        null));
        editorial.save(
                live.withVersions(versions),
                Map.of(
                        Language.EN, new ChangeNote(ChangeKind.UPDATE, "Nothing changed in English."),
                        Language.FR, new ChangeNote(ChangeKind.UPDATE, "Première publication.")));

        assertThat(articles.readable(Language.EN, slug).orElseThrow().changeNotes())
                .as("the English text stayed as it was")
                .isEmpty();
        assertThat(articles.readable(Language.FR, slug + "-fr").orElseThrow().changeNotes())
                .as("the French version went live with this save: it has no earlier readers")
                .isEmpty();
    }

    private ArticleDraft withEnglishBody(String body) {
        return withBody(live, body);
    }

    private static ArticleDraft withBody(ArticleDraft article, String body) {
        var versions = new EnumMap<>(article.versions());
        var english = versions.get(Language.EN);
        versions.put(
                Language.EN,
                new VersionDraft(english.title(), english.slug(), english.teaser(), body, english.status(), null));
        return article.withVersions(versions);
    }
}
