package org.newsdesk.backoffice.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.jooq.Tables.ARTICLE_TRANSLATION;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.jooq.DSLContext;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.PublishedStory;
import org.newsdesk.TestAccounts;
import org.newsdesk.article.ArticleService;
import org.newsdesk.article.OverviewFilter;
import org.newsdesk.autosave.KeptCopies;
import org.newsdesk.autosave.KeptText;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.base.SiteTime;
import org.newsdesk.editorial.ArticleDraft;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.editorial.Revision;
import org.newsdesk.editorial.VersionDraft;
import org.newsdesk.media.TestImages;
import org.newsdesk.media.Variant;
import org.newsdesk.presence.EditingPresence;
import org.newsdesk.security.Role;
import org.newsdesk.theme.Theme;
import org.newsdesk.theme.ThemeAdministration;
import org.newsdesk.theme.TimelineEditing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** An editor writes, previews, validates and publishes an article through the editor view. */
@SpringBootTest
@ViewPackages(packages = "org.newsdesk")
@WithMockUser(username = "eva", roles = "EDITOR")
@Transactional
class ArticleEditorViewTest extends SpringBrowserlessTest {

    /** Adam, another staff member of the test's own, with the display name that presence shows. */
    private static final String ADAM = "adam-admin";

    @Autowired
    ArticleService articles;

    @Autowired
    EditorialService editorial;

    @Autowired
    EditingPresence presence;

    @Autowired
    SiteTime siteTime;

    @Autowired
    DSLContext dsl;

    @Autowired
    KeptCopies keptCopies;

    @Autowired
    ThemeAdministration themeAdministration;

    @Autowired
    TimelineEditing timeline;

    @BeforeEach
    void createAdam() {
        TestAccounts.create(dsl, ADAM, "Adam Admin", TestAccounts.NO_PASSWORD, Role.EDITOR, Role.ADMIN);
    }

    @Test
    void editorWritesTwoLanguagesAndPublishesThem() {
        navigate("admin/articles", ArticleEditorView.class);

        write(tab(Language.NL), "Nieuwe fietsroute over de grens", "De route verbindt drie landen.");
        publish();
        write(tab(Language.FR), "Nouvelle piste cyclable transfrontalière", "La piste relie trois pays.");
        publish();

        var page = articles.readable(Language.FR, "nouvelle-piste-cyclable-transfrontaliere")
                .orElseThrow();
        assertThat(page.title()).isEqualTo("Nouvelle piste cyclable transfrontalière");
        assertThat(page.translations()).containsKeys(Language.NL, Language.FR);
    }

    @Test
    void aTooLongTitleIsRefusedWithItsLimitAndKeptAsTypedAndAnEmptyTitleIsTheOnlyComplaint() {
        navigate("admin/articles", ArticleEditorView.class);
        var dutch = tab(Language.NL);
        var title = $(TextField.class, dutch).withLabel("Title").single();
        var slug = $(TextField.class, dutch).withLabel("Address (slug)").single();

        test(title).setValue("Grens".repeat(100));
        test($(TextArea.class, dutch).withLabel("Text (Markdown)").single()).setValue("Tekst.");
        click("Save draft");

        assertThat(title.getErrorMessage()).isEqualTo("Too long: at most 300 characters, this has 500.");
        assertThat(title.getValue()).hasSize(500);

        test(title).setValue("");
        test(slug).setValue("");
        click("Save draft");

        assertThat(title.getErrorMessage()).isEqualTo("Required.");
        assertThat(slug.isInvalid()).as("no second complaint about the slug").isFalse();
    }

    @Test
    void aSlugWithCapitalsAndSpacesIsCleanedUpOnSave() {
        navigate("admin/articles", ArticleEditorView.class);
        var dutch = tab(Language.NL);
        write(dutch, "Brug met eigen adres", "Tekst.");
        test($(TextField.class, dutch).withLabel("Address (slug)").single()).setValue("Mijn Eigen Adres");

        click("Save draft");

        assertThat($(TextField.class, tab(Language.NL))
                        .withLabel("Address (slug)")
                        .single()
                        .getValue())
                .isEqualTo("mijn-eigen-adres");
    }

    @Test
    void slugFollowsTheTitleAndThePreviewRendersTheMarkdown() {
        navigate("admin/articles", ArticleEditorView.class);
        var dutch = tab(Language.NL);

        test($(TextField.class, dutch).withLabel("Title").single()).setValue("Één brug, twee oevers");
        test($(TextArea.class, dutch).withLabel("Text (Markdown)").single()).setValue("> Een citaat\n\n**Vet**");

        assertThat($(TextField.class, dutch)
                        .withLabel("Address (slug)")
                        .single()
                        .getValue())
                .isEqualTo("een-brug-twee-oevers");
        var preview = Jsoup.parseBodyFragment(dutch.getElement().getOuterHTML());
        assertThat(preview.select(".editor-preview blockquote").text()).isEqualTo("Een citaat");
        assertThat(preview.select(".editor-preview strong").text()).isEqualTo("Vet");
    }

    @Test
    void problemsAreShownNextToTheFieldsAndNothingIsSaved() {
        navigate("admin/articles", ArticleEditorView.class);
        var dutch = tab(Language.NL);
        var overviewBefore = articles.countOverview(OverviewFilter.ALL);

        test($(TextArea.class, dutch).withLabel("Teaser").single()).setValue("Only a teaser, no title");
        click("Save draft");

        var title = $(TextField.class, dutch).withLabel("Title").single();
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Required.");
        assertThat(articles.countOverview(OverviewFilter.ALL)).isEqualTo(overviewBefore);
    }

    @Test
    void anOlderRevisionIsComparedRestoredAndSavedAsANewRevision() {
        navigate("admin/articles", ArticleEditorView.class);
        write(tab(Language.NL), "Eerste titel", "Eerste tekst.");
        publish();
        test($(TextField.class, tab(Language.NL)).withLabel("Title").single()).setValue("Tweede titel");
        click("Update");

        test($(Button.class, tab(Language.NL)).withText("Revisions").single()).click();
        @SuppressWarnings("unchecked")
        var revisions = (Grid<Revision>)
                $(Grid.class, $(RevisionsDialog.class).single()).single();
        assertThat(test(revisions).size()).isEqualTo(2);
        test(revisions).select(1);
        var comparison = Jsoup.parseBodyFragment(
                $(RevisionsDialog.class).single().getElement().getOuterHTML());
        assertThat(comparison.select("del").eachText()).contains("− Eerste titel");
        assertThat(comparison.select("ins").eachText()).contains("+ Tweede titel");
        test($(Button.class).withText("Restore this revision").single()).click();
        click("Update");

        assertThat(articles.readable(Language.NL, "eerste-titel"))
                .map(page -> page.title())
                .hasValue("Eerste titel");
        test($(Button.class, tab(Language.NL)).withText("Revisions").single()).click();
        assertThat(test((Grid<?>)
                                $(Grid.class, $(RevisionsDialog.class).single()).single())
                        .size())
                .isEqualTo(3);
    }

    @Test
    void aConflictShowsTheOtherChangesAndLetsTheEditorSaveTheirsKnowingly() {
        navigate("admin/articles", ArticleEditorView.class);
        write(tab(Language.NL), "Gedeelde titel", "Regel van iedereen.");
        publish();
        var loaded = editorial.load(articleId("gedeelde-titel")).orElseThrow();
        editorial.save(withDutchBody(loaded, "Regel van iedereen.\nRegel van de collega."));

        test($(TextArea.class, tab(Language.NL)).withLabel("Text (Markdown)").single())
                .setValue("Regel van iedereen.\nMijn eigen regel.");
        click("Update");
        test($(Button.class, $(ConflictDialog.class).single())
                        .withText("See their changes")
                        .single())
                .click();

        var changes = Jsoup.parseBodyFragment(
                $(ConflictDialog.class).single().getElement().getOuterHTML());
        assertThat(changes.select("h3").eachText()).containsExactly("Nederlands");
        assertThat(changes.select(".diff-unchanged").eachText())
                .as("title and teaser")
                .containsExactly("Unchanged.", "Unchanged.");
        assertThat(changes.select("del").eachText()).containsExactly("− Regel van de collega.");
        assertThat(changes.select("ins").eachText()).containsExactly("+ Mijn eigen regel.");
        test($(Button.class).withText("Save mine over theirs").single()).click();

        var stored = editorial.load(loaded.articleId()).orElseThrow().versions().get(Language.NL);
        assertThat(stored.body()).isEqualTo("Regel van iedereen.\nMijn eigen regel.");
        assertThat(editorial.revisions(loaded.articleId(), Language.NL))
                .extracting(revision -> revision.version().body())
                .contains("Regel van iedereen.\nRegel van de collega.");
    }

    @Test
    void restoringARevisionSavedAsDraftBringsBackItsTextButKeepsTheArticlePublished() {
        navigate("admin/articles", ArticleEditorView.class);
        write(tab(Language.NL), "Titel van het concept", "Tekst van het concept.");
        click("Save draft");
        write(tab(Language.NL), "Titel zoals gepubliceerd", "Tekst zoals gepubliceerd.");
        publish();
        assertThat(articles.readable(Language.NL, "titel-van-het-concept")).isPresent();

        test($(Button.class, tab(Language.NL)).withText("Revisions").single()).click();
        var dialog = $(RevisionsDialog.class).single();
        assertThat($(Paragraph.class, dialog)
                        .withClassName("revisions-keeps-state")
                        .single()
                        .getText())
                .contains("The status stays as it is now (Published)");
        test((Grid<?>) $(Grid.class, dialog).single()).select(1);
        test($(Button.class).withText("Restore this revision").single()).click();

        assertThat(statusOf(tab(Language.NL))).isEqualTo(PublicationStatus.PUBLISHED);
        click("Update");
        var page = articles.readable(Language.NL, "titel-van-het-concept").orElseThrow();
        assertThat(page.title()).isEqualTo("Titel van het concept");
    }

    @Test
    void savingMineOverAVersionSomeonePublishedMeanwhileKeepsItPublishedUnlessIChangedTheState() {
        navigate("admin/articles", ArticleEditorView.class);
        write(tab(Language.NL), "Bericht in wording", "Eerste tekst.");
        write(tab(Language.FR), "Message en préparation", "Premier texte.");
        click("Save draft");
        var articleId = articles.overview(
                        Language.NL, new OverviewFilter("Bericht in wording", null, null, null, false), 0, 1)
                .getFirst()
                .articleId();
        var loaded = editorial.load(articleId).orElseThrow();
        asAdmin(() -> editorial.save(withDutchStatus(loaded, PublicationStatus.PUBLISHED)));
        assertThat(articles.readable(Language.NL, "bericht-in-wording"))
                .as("the colleague published it")
                .isPresent();

        test($(TextArea.class, tab(Language.NL)).withLabel("Text (Markdown)").single())
                .setValue("Mijn tekst.");
        tab(Language.FR);
        publish();

        var states = $(ListItem.class, $(ConflictDialog.class).single()).all().stream()
                .map(ListItem::getText)
                .toList();
        assertThat(states)
                .containsExactly("Nederlands: stays Published", "Français: Draft becomes Published (your change)");
        test($(Button.class).withText("Save mine over theirs").single()).click();
        assertThat(openConfirmation())
                .as("publishing French was confirmed already")
                .isEmpty();

        var stored = editorial.load(articleId).orElseThrow().versions();
        assertThat(stored.get(Language.NL).body()).isEqualTo("Mijn tekst.");
        assertThat(stored.get(Language.NL).status()).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(stored.get(Language.FR).status()).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(articles.readable(Language.NL, "bericht-in-wording"))
                .map(page -> page.title())
                .hasValue("Bericht in wording");
        assertThat(statusOf(tab(Language.NL))).isEqualTo(PublicationStatus.PUBLISHED);
    }

    @Test
    void eachVersionOffersTheActionsOfItsStateAndAsksBeforeChangingWhatThePublicSees() {
        navigate("admin/articles", ArticleEditorView.class);
        var dutch = tab(Language.NL);
        assertThat($(Select.class).all()).as("no status drop-down").isEmpty();
        assertThat(barState()).isEqualTo("Draft · not saved yet");
        assertThat(barActions()).containsExactly("Save draft", "Publish", "Schedule…");
        write(dutch, "Nieuwe kade", "De kade is klaar.");

        click("Publish");
        assertThat(confirmationText()).containsExactly("This makes the Dutch version public at nl/news/nieuwe-kade.");
        test(openConfirmation().orElseThrow()).cancel();
        assertThat(articles.readable(Language.NL, "nieuwe-kade"))
                .as("cancelled: nothing saved")
                .isEmpty();
        publish();

        var articleId = articleId("nieuwe-kade");
        var savedAt = editorial.revisions(articleId, Language.NL).getFirst().savedAt();
        assertThat(barState())
                .isEqualTo("Published · last saved by eva, "
                        + siteTime.dateTimeWithZone(savedAt, UI.getCurrent().getLocale()));
        assertThat(barActions()).containsExactly("Update", "Withdraw…", "Unpublish…", "Archive");
        assertThat($(Anchor.class).withText("View on the site").single().getHref())
                .isEqualTo("nl/news/nieuwe-kade");

        click("Archive");
        assertThat(confirmationText())
                .containsExactly(
                        "This takes the Dutch version off the site: nl/news/nieuwe-kade stops working. Its status becomes Archived.");
        test(openConfirmation().orElseThrow()).confirm();
        assertThat(articles.readable(Language.NL, "nieuwe-kade")).isEmpty();
        assertThat(barActions()).containsExactly("Save", "Publish", "Schedule…");
        assertThat($(Anchor.class).withText("View on the site").all()).isEmpty();

        click("Schedule…");
        var publishAt = LocalDateTime.of(2027, 1, 15, 9, 30);
        test($(DateTimePicker.class, $(ScheduleDialog.class).single()).single()).setValue(publishAt);
        click("Schedule");
        assertThat(openConfirmation()).as("nothing goes public now").isEmpty();
        assertThat(stored(articleId).publishAt()).isEqualTo(siteTime.instant(publishAt));
        assertThat(barState())
                .startsWith("Scheduled for "
                        + siteTime.dateTimeWithZone(
                                siteTime.instant(publishAt), UI.getCurrent().getLocale()) + " · ");
        assertThat(barActions()).containsExactly("Save", "Publish", "Schedule…", "Unschedule");

        test($(TextArea.class, dutch).withLabel("Text (Markdown)").single()).setValue("De kade is bijna klaar.");
        fireShortcut(Key.KEY_S, KeyModifier.CONTROL);
        assertThat(stored(articleId).body()).as("Ctrl+S saves").isEqualTo("De kade is bijna klaar.");
        assertThat(stored(articleId).status()).as("and changes no state").isEqualTo(PublicationStatus.SCHEDULED);
    }

    /**
     * Every way to save a live version that does not say Withdraw, Unpublish or Archive: it stays published at its address,
     * unless a confirmation named the new address and the editor said yes.
     */
    @Test
    void noPathThroughTheEditorTakesALiveVersionOffTheSiteOrMovesItWithoutAskingFirst() {
        var story = PublishedStory.publish(editorial, themeAdministration, timeline, LocalDate.of(2021, 5, 3));
        navigate("admin/articles", ArticleEditorView.class);
        write(tab(Language.NL), "Blijvend bericht", "Eerste tekst.");
        publish();
        var articleId = articleId("blijvend-bericht");

        dutchBody("Tweede tekst.");
        click("Update");
        assertLiveAt(articleId, "blijvend-bericht");

        dutchBody("Derde tekst.");
        fireShortcut(Key.KEY_S, KeyModifier.CONTROL);
        assertLiveAt(articleId, "blijvend-bericht");

        @SuppressWarnings("unchecked")
        var theme = test((ComboBox<Theme>) $(ComboBox.class).withLabel("Theme").single());
        theme.selectItem(theme.getSuggestions().stream()
                .filter(label ->
                        Arrays.stream(Language.values()).anyMatch(language -> label.equals(story.themeName(language))))
                .findFirst()
                .orElseThrow());
        test($(DatePicker.class).withLabel("Publication date").single()).setValue(LocalDate.of(2026, 11, 30));
        click("Update");
        assertLiveAt(articleId, "blijvend-bericht");

        test($(Upload.class).first()).upload("kade.png", "image/png", TestImages.png(900, 600));
        test($(TextField.class).withLabel("Alt text (Nederlands)").single()).setValue("Een kade aan het water");
        click("Update");
        assertLiveAt(articleId, "blijvend-bericht");
        click("Remove image");
        click("Update");
        assertLiveAt(articleId, "blijvend-bericht");

        test($(Button.class, tab(Language.NL)).withText("Revisions").single()).click();
        test((Grid<?>) $(Grid.class, $(RevisionsDialog.class).single()).single())
                .select(2);
        click("Restore this revision");
        click("Update");
        assertLiveAt(articleId, "blijvend-bericht");

        asAdmin(() -> editorial.save(withDutchBody(editorial.load(articleId).orElseThrow(), "Tekst van Adam.")));
        dutchBody("Mijn tekst.");
        click("Update");
        click("Save mine over theirs");
        assertLiveAt(articleId, "blijvend-bericht");
        assertThat(stored(articleId).body()).isEqualTo("Mijn tekst.");

        test($(TextField.class, tab(Language.NL)).withLabel("Address (slug)").single())
                .setValue("ander-adres");
        click("Update");
        assertThat(confirmationText())
                .containsExactly(
                        "The address of the Dutch version changes from "
                                + "nl/news/blijvend-bericht to nl/news/ander-adres; links to the old address lead to the new one.");
        test(openConfirmation().orElseThrow()).cancel();
        assertLiveAt(articleId, "blijvend-bericht");
        click("Update");
        test(openConfirmation().orElseThrow()).confirm();
        assertLiveAt(articleId, "ander-adres");
        assertThat(articles.readable(Language.NL, "blijvend-bericht")).isEmpty();
    }

    private void dutchBody(String body) {
        test($(TextArea.class, tab(Language.NL)).withLabel("Text (Markdown)").single())
                .setValue(body);
    }

    /** Saved, nothing waits for a yes, and the Dutch version is published at this address. */
    private void assertLiveAt(long articleId, String slug) {
        assertThat(openConfirmation()).as("no confirmation asked").isEmpty();
        assertThat($(ConflictDialog.class).all()).as("no conflict left open").isEmpty();
        assertThat(stored(articleId).status()).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(articles.readable(Language.NL, slug))
                .as("public at nl/news/%s", slug)
                .isPresent();
    }

    private VersionDraft stored(long articleId) {
        return editorial.load(articleId).orElseThrow().versions().get(Language.NL);
    }

    private String barState() {
        return $(Span.class).withClassName("publishing-state").single().getText();
    }

    private List<String> barActions() {
        // The actions, not the links beside the state (notes, preview links).
        return $(Button.class, $(Div.class).withClassName("publishing-actions").single()).all().stream()
                .map(Button::getText)
                .toList();
    }

    /** What the open confirmation says the save changes on the public site, one sentence per change. */
    private List<String> confirmationText() {
        return $(ListItem.class, openConfirmation().orElseThrow()).all().stream()
                .map(ListItem::getText)
                .toList();
    }

    @Test
    void anEditorSeesWhoElseHasTheArticleOpen() {
        navigate("admin/articles", ArticleEditorView.class);
        write(tab(Language.NL), "Samen open", "Tekst.");
        publish();
        var articleId = articleId("samen-open");
        assertThat($(Span.class).withClassName("others-editing").all()).isEmpty();

        asAdmin(() -> presence.renew(articleId, "tab-of-adam", 0));
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));

        assertThat($(Span.class).withClassName("others-editing").single().getText())
                .isEqualTo("Also editing this article now: Adam Admin.");
    }

    @Test
    void deletingAfterConfirmationRemovesTheArticleAndReturnsToTheList() {
        navigate("admin/articles", ArticleEditorView.class);
        write(tab(Language.NL), "Tijdelijk bericht", "Tekst.");
        publish();
        var articleId = articleId("tijdelijk-bericht");

        test($(Button.class).withText("Delete article").single()).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(editorial.load(articleId)).isEmpty();
        assertThat(articles.readable(Language.NL, "tijdelijk-bericht")).isEmpty();
        assertThat(getCurrentView()).isInstanceOf(ArticleAdminListView.class);
    }

    private long articleId(String dutchSlug) {
        return articles.readable(Language.NL, dutchSlug).orElseThrow().articleId();
    }

    /** Does something as another staff member, then is Eva again. */
    private static void asAdmin(Runnable action) {
        var eva = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        ADAM, null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        try {
            action.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(eva);
        }
    }

    private static PublicationStatus statusOf(VersionEditor version) {
        return version.value().status();
    }

    private static ArticleDraft withDutchStatus(ArticleDraft draft, PublicationStatus status) {
        var versions = new EnumMap<>(draft.versions());
        versions.put(
                Language.NL, versions.get(Language.NL).withStateOf(new VersionDraft("", "", "", "", status, null)));
        return new ArticleDraft(
                draft.articleId(),
                draft.version(),
                draft.themeId(),
                draft.publicationDate(),
                versions,
                draft.updatedBy(),
                draft.heroImage());
    }

    private static ArticleDraft withDutchBody(ArticleDraft draft, String body) {
        var nl = draft.versions().get(Language.NL);
        return new ArticleDraft(
                draft.articleId(),
                draft.version(),
                draft.themeId(),
                draft.publicationDate(),
                Map.of(
                        Language.NL,
                        new VersionDraft(nl.title(), nl.slug(), nl.teaser(), body, nl.status(), nl.publishAt())),
                draft.updatedBy(),
                draft.heroImage());
    }

    @Test
    void anUploadedHeroImageIsPreviewedAndNeedsItsAltTextBeforePublishing() {
        navigate("admin/articles", ArticleEditorView.class);
        write(tab(Language.NL), "Brug met hoofdafbeelding", "Tekst bij het beeld.");

        test($(Upload.class).single()).upload("brug.png", "image/png", TestImages.png(900, 600));

        var preview = $(Image.class).withClassName("hero-image-preview").single();
        assertThat(preview.getSrc()).matches("media/\\d+/card\\.jpg");
        publish();
        var dutchAlt = $(TextField.class).withLabel("Alt text (Nederlands)").single();
        assertThat(dutchAlt.isInvalid()).isTrue();
        assertThat(dutchAlt.getErrorMessage())
                .isEqualTo("Write an alt text in this language before publishing or scheduling it.");
        assertThat(articles.readable(Language.NL, "brug-met-hoofdafbeelding")).isEmpty();

        test(dutchAlt).setValue("Een stalen brug boven de rivier");
        publish();

        var hero = articles.readable(Language.NL, "brug-met-hoofdafbeelding")
                .orElseThrow()
                .heroImage();
        assertThat(hero.altText()).isEqualTo("Een stalen brug boven de rivier");
        assertThat(preview.getSrc()).isEqualTo(hero.path(Variant.CARD));
    }

    @Test
    void aTextFileNamedLikeAPhotoIsRefusedWithAClearMessage() {
        navigate("admin/articles", ArticleEditorView.class);

        test($(Upload.class).single())
                .upload("holiday.jpg", "image/jpeg", "not a photo".getBytes(StandardCharsets.UTF_8));

        var problem = $(Span.class).withClassName("hero-image-problem").single();
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).startsWith("Only JPEG, PNG or WebP images can be used.");
        assertThat($(Image.class).withClassName("hero-image-preview").all())
                .as("no visible preview")
                .isEmpty();
    }

    @Test
    void theScheduledTimeIsEnteredOnTheSitesClocksAndStoredInUtc() {
        navigate("admin/articles", ArticleEditorView.class);
        write(tab(Language.NL), "Gepland voor negen uur", "Tekst.");

        click("Schedule…");
        var publishAt =
                $(DateTimePicker.class, $(ScheduleDialog.class).single()).single();
        assertThat(publishAt.getHelperText()).isEqualTo("Time zone: Central European Time (Europe/Brussels)");
        test(publishAt).setValue(LocalDateTime.of(2027, 1, 15, 9, 0));
        click("Schedule");

        assertThat(dsl.select(ARTICLE_TRANSLATION.PUBLISH_AT)
                        .from(ARTICLE_TRANSLATION)
                        .where(ARTICLE_TRANSLATION.SLUG.eq("gepland-voor-negen-uur"))
                        .fetchOne(ARTICLE_TRANSLATION.PUBLISH_AT))
                .isEqualTo("2027-01-15T08:00:00Z");
        click("Schedule…");
        assertThat($(DateTimePicker.class, $(ScheduleDialog.class).single())
                        .single()
                        .getValue())
                .isEqualTo("2027-01-15T09:00");
    }

    @Test
    void changesKeptAtACheckInAreOfferedWhenTheEditorOpensAgainAndComeBackWithoutAnyStateChange() {
        navigate("admin/articles", ArticleEditorView.class);
        write(tab(Language.NL), "Live bericht", "Eerste tekst.");
        publish();
        var articleId = articleId("live-bericht");
        write(tab(Language.NL), "Live bericht, bijgewerkt", "Tweede tekst, nog niet opgeslagen.");
        checkIn();
        var kept = keptCopies.find(articleId).orElseThrow();

        reopen("admin/articles/" + articleId);

        assertThat(offered())
                .hasValue("Restore your unsaved changes from " + siteTime.dateTime(kept.keptAt(), Language.EN) + "?");
        assertThat(fieldsOf(tab(Language.NL)))
                .as("nothing restored unasked")
                .containsExactly("Live bericht", "Eerste tekst.");
        click("Restore");

        assertThat(offered()).isEmpty();
        assertThat(fieldsOf(tab(Language.NL)))
                .containsExactly("Live bericht, bijgewerkt", "Tweede tekst, nog niet opgeslagen.");
        assertThat(statusOf(tab(Language.NL))).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(barActions()).containsExactly("Update", "Withdraw…", "Unpublish…", "Archive");
        assertThat(articles.readable(Language.NL, "live-bericht"))
                .as("restored, not saved")
                .map(page -> page.title())
                .hasValue("Live bericht");
        click("Update");
        assertLiveAt(articleId, "live-bericht");
        assertThat(stored(articleId).title()).isEqualTo("Live bericht, bijgewerkt");
        assertThat(keptCopies.find(articleId)).as("a save clears the kept copy").isEmpty();
    }

    @Test
    void changesKeptBeforeSomeoneElseSavedComeBackInTheirStateAndMeetTheirSaveAsAConflict() {
        navigate("admin/articles", ArticleEditorView.class);
        write(tab(Language.NL), "Bericht dat Adam publiceert", "Mijn tekst.");
        click("Save draft");
        var articleId = articles.overview(
                        Language.NL, new OverviewFilter("Bericht dat Adam publiceert", null, null, null, false), 0, 1)
                .getFirst()
                .articleId();
        dutchBody("Mijn tekst, verder geschreven.");
        checkIn();
        asAdmin(() ->
                editorial.save(withDutchStatus(editorial.load(articleId).orElseThrow(), PublicationStatus.PUBLISHED)));

        reopen("admin/articles/" + articleId);
        click("Restore");

        assertThat(statusOf(tab(Language.NL))).as("as Adam stored it").isEqualTo(PublicationStatus.PUBLISHED);
        click("Update");
        assertThat($(ConflictDialog.class).all())
                .as("Adam's save is not overwritten unasked")
                .hasSize(1);
        assertThat(stored(articleId).body()).isEqualTo("Mijn tekst.");
    }

    @Test
    void aNewArticleNotSavedYetIsRecoverableAndItsFirstSaveClearsTheCopy() {
        navigate("admin/articles", ArticleEditorView.class);
        write(tab(Language.NL), "Nog nooit opgeslagen", "Tekst die nergens staat.");
        checkIn();

        reopen("admin/articles");
        click("Restore");

        assertThat(fieldsOf(tab(Language.NL))).containsExactly("Nog nooit opgeslagen", "Tekst die nergens staat.");
        assertThat($(TextField.class, tab(Language.NL))
                        .withLabel("Address (slug)")
                        .single()
                        .getValue())
                .isEqualTo("nog-nooit-opgeslagen");
        click("Save draft");
        assertThat(keptCopies.find(null)).isEmpty();
    }

    @Test
    void discardingTheOfferRemovesTheKeptCopy() {
        navigate("admin/articles", ArticleEditorView.class);
        write(tab(Language.NL), "Liever niet", "Tekst om weg te gooien.");
        checkIn();
        assertThat(keptCopies.find(null)).isPresent();

        reopen("admin/articles");
        click("Discard");

        assertThat(offered()).isEmpty();
        assertThat(keptCopies.find(null)).isEmpty();
        assertThat(fieldsOf(tab(Language.NL))).containsExactly("", "");
        checkIn();
        assertThat(keptCopies.find(null)).as("nothing typed, nothing kept").isEmpty();
        reopen("admin/articles");
        assertThat(offered()).isEmpty();
    }

    @Test
    void anotherEditorsKeptCopyIsNeverOfferedAndACopyOfTheStoredTextNeither() {
        asAdmin(() -> keptCopies.keep(
                null, 0, Map.of(Language.NL, new KeptText("Van Adam", "van-adam", "", "Tekst van Adam."))));
        navigate("admin/articles", ArticleEditorView.class);
        assertThat(offered()).isEmpty();

        write(tab(Language.NL), "Al opgeslagen", "Tekst.");
        publish();
        var articleId = articleId("al-opgeslagen");
        keptCopies.keep(
                articleId, 1, Map.of(Language.NL, new KeptText("Al opgeslagen", "al-opgeslagen", "", "Tekst.")));
        reopen("admin/articles/" + articleId);
        assertThat(offered()).as("nothing to bring back").isEmpty();
        asAdmin(() ->
                assertThat(keptCopies.find(null)).as("Adam's copy stays his").isPresent());
    }

    /** The editor checks in, as it does every presence interval: it renews its presence and keeps unsaved changes. */
    private static void checkIn() {
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
    }

    /** The tab closed (or the browser crashed): a new session opens the editor at this address. */
    private void reopen(String address) {
        cleanVaadinEnvironment();
        initVaadinEnvironment();
        navigate(address, ArticleEditorView.class);
    }

    /** What the offer to restore kept changes asks, while it is shown. */
    private Optional<String> offered() {
        return $(KeptCopyOffer.class).all().stream()
                .filter(Component::isVisible)
                .findFirst()
                .map(offer -> $(Span.class, offer)
                        .withClassName("kept-copy-question")
                        .single()
                        .getText());
    }

    private List<String> fieldsOf(VersionEditor version) {
        return List.of(
                $(TextField.class, version).withLabel("Title").single().getValue(),
                $(TextArea.class, version).withLabel("Text (Markdown)").single().getValue());
    }

    /** Opens a language's tab; only the open tab's editor is on the page. */
    private VersionEditor tab(Language language) {
        $(TabSheet.class).single().setSelectedIndex(language.ordinal());
        return $(VersionEditor.class).all().stream()
                .filter(editor -> editor.language() == language)
                .findFirst()
                .orElseThrow();
    }

    private void write(VersionEditor version, String title, String body) {
        test($(TextField.class, version).withLabel("Title").single()).setValue(title);
        test($(TextArea.class, version).withLabel("Text (Markdown)").single()).setValue(body);
    }

    /** Clicks an action of the publishing bar (or any other button with this text). */
    private void click(String label) {
        test($(Button.class).withText(label).single()).click();
    }

    /** Publishes the language version shown, saying yes to what the confirmation says it makes public. */
    private void publish() {
        click("Publish");
        test(openConfirmation().orElseThrow()).confirm();
    }

    /** The confirmation of a change to the public site that waits for the editor's answer, if any. */
    private Optional<ConfirmDialog> openConfirmation() {
        return $(ConfirmDialog.class).all().stream()
                .filter(ConfirmDialog::isOpened)
                .findFirst();
    }
}
