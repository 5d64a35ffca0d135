package org.newsdesk.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsdesk.PublishedStory;
import org.newsdesk.base.Language;
import org.newsdesk.base.Rejected;
import org.newsdesk.editorial.EditorialService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** Creating, renaming and deleting themes on a real MariaDB; every test's rows are rolled back. */
@SpringBootTest
@Transactional
@WithMockUser(username = "eva", roles = "EDITOR")
class ThemeAdministrationTest {

    @Autowired
    ThemeAdministration administration;

    @Autowired
    ThemeService themes;

    @Autowired
    EditorialService editorial;

    @Autowired
    TimelineEditing timeline;

    /** A theme with an article of the test's own; rolled back with the rest. */
    private PublishedStory story() {
        return PublishedStory.publish(editorial, administration, timeline, LocalDate.of(2021, 5, 3));
    }

    @Test
    void aNewThemeIsVisibleToVisitorsInItsLanguages() {
        var saved = administration.save(new ThemeDraft(
                null,
                Map.of(
                        Language.NL, new ThemeNames("Digitale overheid", "digitale-overheid", "Samen digitaal."),
                        Language.FR, new ThemeNames("Administration numérique", "administration-numerique", ""))));

        assertThat(themes.bySlug(Language.FR, "administration-numerique"))
                .map(Theme::name)
                .hasValue("Administration numérique");
        assertThat(themes.slugs(saved.themeId())).containsOnlyKeys(Language.NL, Language.FR);
    }

    @Test
    void wrongNamesAndTakenSlugsAreRefusedPerField() {
        var taken = story().themeSlug(Language.NL);

        assertThatThrownBy(() -> administration.save(new ThemeDraft(
                        null,
                        Map.of(
                                Language.NL, new ThemeNames("Dubbel", taken, ""),
                                Language.DE, new ThemeNames("", "Kein Slug!", "")))))
                .isInstanceOfSatisfying(
                        Rejected.class,
                        rejected -> assertThat(rejected.messageKeys())
                                .containsEntry("nl.slug", "validation.themeSlugTaken")
                                .containsEntry("de.name", "validation.required")
                                .containsEntry("de.slug", "validation.slugFormat"));
    }

    @Test
    void aThemeThatArticlesUseCannotBeDeleted() {
        var used = themes.byId(Language.NL, story().themeId()).orElseThrow();

        assertThatThrownBy(() -> administration.delete(used.id()))
                .isInstanceOfSatisfying(
                        Rejected.class,
                        rejected -> assertThat(rejected.messageKeys()).containsEntry("theme", "validation.themeInUse"));
        assertThat(themes.byId(Language.NL, used.id())).isPresent();
    }

    @Test
    void anUnusedThemeIsDeleted() {
        var saved = administration.save(
                new ThemeDraft(null, Map.of(Language.EN, new ThemeNames("Short-lived", "short-lived-theme", ""))));

        administration.delete(saved.themeId());

        assertThat(themes.byId(Language.EN, saved.themeId())).isEmpty();
    }

    @Test
    @WithAnonymousUser
    void anonymousCallersCannotChangeThemes() {
        assertThatThrownBy(() -> administration.delete(1)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> administration.all()).isInstanceOf(AuthorizationDeniedException.class);
    }
}
