package org.newsdesk.backoffice.article;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.newsdesk.attachment.AttachmentService;
import org.newsdesk.autosave.KeptCopies;
import org.newsdesk.autosave.KeptCopy;
import org.newsdesk.autosave.KeptText;
import org.newsdesk.backoffice.layout.DateInput;
import org.newsdesk.backoffice.layout.FieldProblems;
import org.newsdesk.base.Language;
import org.newsdesk.base.Problem;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.base.Rejected;
import org.newsdesk.base.SiteTime;
import org.newsdesk.base.ui.Initializer;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.base.web.PublicSiteUrlResolver;
import org.newsdesk.corrections.ChangeNote;
import org.newsdesk.editorial.ArticleDraft;
import org.newsdesk.editorial.EditConflictException;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.editorial.LastSave;
import org.newsdesk.editorial.Revision;
import org.newsdesk.editorial.Takedown;
import org.newsdesk.editorial.Translation;
import org.newsdesk.editorial.VersionDraft;
import org.newsdesk.editorial.VersionReview;
import org.newsdesk.markdown.MarkdownRenderer;
import org.newsdesk.media.MediaService;
import org.newsdesk.notes.InternalNotes;
import org.newsdesk.presence.EditingPresence;
import org.newsdesk.previewlink.PreviewLinks;
import org.newsdesk.security.EditingRights;
import org.newsdesk.security.Roles;
import org.newsdesk.theme.Theme;
import org.newsdesk.theme.ThemeService;
import org.newsdesk.translation.ConsistencyChecks;

/**
 * Writing an article: the shared fields, then one tab per language. Saving stores every changed language version
 * with a revision; a save over someone else's newer work is refused and explained, never silent. A publication
 * state changes only through an action of the {@link PublishingBar}, and any save that would change what the
 * public sees (a version going public, going off the site or moving to another address) asks first. What the
 * editor types and has not saved is kept ({@link UnsavedChanges}) and offered back when the editor opens again.
 * Review decisions (approve, send back, mark as reviewed) are about the version as stored, so they wait until the
 * editor's own changes are saved; internal notes sit beside the versions ({@link NotesPanel}).
 */
@Route(Addresses.ARTICLE_EDITOR_ROUTE)
@JavaScript("context://site/kept-copy.js")
@RolesAllowed({Roles.EDITOR, Roles.ADMIN, Roles.TRANSLATOR})
class ArticleEditorView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final EditorialService editorial;
    private final ConsistencyChecks consistency;
    private final EditingPresence presence;
    private final SiteTime siteTime;
    private final UnsavedChanges unsavedChanges;
    /** Names this open editor among all open editors, including the same person's other tabs. */
    private final String editorKey = UUID.randomUUID().toString();

    private final Span othersEditing = new Span();
    private final Button delete = new Button();
    private final Anchor history = new Anchor();
    private @Nullable Registration checkIns;
    private final H1 heading = new H1();
    private final KeptCopyOffer keptCopyOffer = new KeptCopyOffer(this::restoreKeptCopy, this::forgetUnsavedChanges);
    /** The copy of unsaved changes the editor is asked about, or null. */
    private @Nullable KeptCopy offered;

    private final PublishingBar publishing;
    private final ComboBox<Theme> theme = new ComboBox<>();
    private final DatePicker publicationDate = new DatePicker();
    private final Map<Language, VersionEditor> versions = new EnumMap<>(Language.class);
    private final Map<Language, TranslationPanel> translationPanels = new EnumMap<>(Language.class);
    private final TabSheet tabs = new TabSheet();
    private final HeroImageField heroImage;
    private final EditingRights rights;
    private final AttachmentsPanel attachments;
    private final NotesPanel notes;
    private final PreviewLinks previewLinks;
    private final PublicSiteUrlResolver siteUrl;
    private final Clock clock;
    private ArticleDraft draft;
    private Map<Language, LastSave> lastSaves = Map.of();
    private Map<Language, VersionReview> reviews = Map.of();
    private Map<Language, Takedown> takedowns = Map.of();
    private boolean unsaved;

    ArticleEditorView(
            EditorialService editorial,
            EditingPresence presence,
            ThemeService themes,
            MarkdownRenderer markdown,
            MediaService media,
            SiteTime siteTime,
            KeptCopies keptCopies,
            AuthenticationContext authentication,
            Clock clock,
            ConsistencyChecks consistency,
            AttachmentService attachmentService,
            InternalNotes internalNotes,
            PreviewLinks previewLinks,
            PublicSiteUrlResolver siteUrl) {
        this.editorial = editorial;
        this.previewLinks = previewLinks;
        this.siteUrl = siteUrl;
        this.consistency = consistency;
        this.presence = presence;
        this.siteTime = siteTime;
        this.clock = clock;
        this.unsavedChanges = new UnsavedChanges(
                keptCopies,
                clock,
                getElement(),
                authentication.getPrincipalName().orElseThrow());
        this.heroImage = new HeroImageField(media, () -> edited(true));
        this.rights = EditingRights.of(authentication.getGrantedAuthorities());
        this.attachments = new AttachmentsPanel(attachmentService);
        addClassName("article-editor");
        var editorLanguage = Language.fromLocale(getLocale());
        theme.setLabel(getTranslation("editor.theme"));
        theme.setItems(themes.all(editorLanguage));
        theme.setItemLabelGenerator(Theme::name);
        theme.setClearButtonVisible(true);
        theme.setMinWidth("20rem");
        publicationDate.setLabel(getTranslation("editor.date"));
        DateInput.regional(publicationDate, getLocale());
        publicationDate.setRequiredIndicatorVisible(true);
        theme.addValueChangeListener(change -> edited(change.isFromClient()));
        publicationDate.addValueChangeListener(change -> edited(change.isFromClient()));
        for (var language : Language.values()) {
            var translation = new TranslationPanel(language, siteTime, this::chooseSource, this::confirmTranslation);
            var editor =
                    new VersionEditor(language, markdown, siteTime, () -> edited(true), this::revisionsOf, translation);
            translation.setReadOnly(!rights.mayWrite(language));
            editor.setReadOnly(!rights.mayWrite(language));
            translationPanels.put(language, translation);
            versions.put(language, editor);
            tabs.add(getTranslation(language.locale(), "language.name"), editor);
        }
        tabs.setWidthFull();
        tabs.setSelectedTab(tabs.getTab(versionEditor(Language.DEFAULT)));
        tabs.addSelectedChangeListener(change -> showPublishing());
        publishing = new PublishingBar(
                othersEditing,
                siteTime,
                editorial.reviewRequired(),
                this::save,
                this::changeState,
                this::publishTogether,
                new PublishingBar.ReviewDecisions() {
                    @Override
                    public void approve() {
                        var languages = Set.copyOf(approvable());
                        askFirst(
                                asApproved(languages),
                                List.of(),
                                asked -> decide(
                                        id -> editorial.approve(id, languages, draft.version()), "review.approved"));
                    }

                    @Override
                    public void sendBack(String remark) {
                        decide(
                                id -> editorial.sendBack(id, shownVersion().language(), draft.version(), remark),
                                "review.sentBack");
                    }

                    @Override
                    public void publishWithoutReview(String reason) {
                        changeStates(
                                Set.of(shownVersion().language()),
                                PublicationStatus.PUBLISHED,
                                null,
                                article -> editorial.saveWithoutReview(article, reason));
                    }

                    @Override
                    public void markReviewed() {
                        decide(
                                id -> {
                                    editorial.markReviewed(id, shownVersion().language());
                                    return editorial.load(id).orElseThrow();
                                },
                                "review.markedReviewed");
                    }
                },
                new PublishingBar.Takedowns() {
                    @Override
                    public void withdraw() {
                        if (savedFirst()) {
                            new WithdrawDialog(
                                            inStates(status -> status == PublicationStatus.PUBLISHED),
                                            shownVersion().language(),
                                            reasons -> decideOrRefuse(
                                                    id -> editorial.withdraw(id, reasons, draft.version()),
                                                    "withdrawal.done"))
                                    .open();
                        }
                    }

                    @Override
                    public void unpublish() {
                        if (savedFirst()) {
                            new UnpublishDialog(
                                            inStates(PublicationStatus::isReadable),
                                            shownVersion().language(),
                                            (languages, redirectTo) -> decideOrRefuse(
                                                    id -> editorial.unpublish(
                                                            id, languages, redirectTo, draft.version()),
                                                    "unpublish.done"))
                                    .open();
                        }
                    }

                    @Override
                    public void putBack() {
                        decide(
                                id -> editorial.putBack(id, shownVersion().language(), draft.version()),
                                "takedown.putBack.done");
                    }
                },
                this::showNotes,
                this::showPreviewLinks);
        notes = new NotesPanel(internalNotes, siteTime, publishing::countNotes);
        publishing.offerStateChanges(rights.wholeArticle());
        theme.setReadOnly(!rights.wholeArticle());
        publicationDate.setReadOnly(!rights.wholeArticle());
        heroImage.limitTo(rights);
        attachments.limitTo(rights);
        var shared = new HorizontalLayout(theme, publicationDate);
        shared.setAlignItems(Alignment.BASELINE);
        shared.setWrap(true);
        delete.setText(getTranslation("editor.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(click -> confirmDelete());
        // Far from the publishing actions: deleting is not a step of writing.
        history.setText(getTranslation("history.open"));
        var actions = new HorizontalLayout(history, delete);
        actions.setAlignItems(Alignment.BASELINE);
        actions.setWidthFull();
        actions.setJustifyContentMode(JustifyContentMode.END);
        othersEditing.addClassName("others-editing");
        othersEditing.getElement().setAttribute("role", "status");
        othersEditing.setVisible(false);
        add(heading, keptCopyOffer, publishing, shared, heroImage, tabs, notes, attachments, actions);
    }

    /** The route parameters of an existing article's editor. */
    static RouteParameters of(long articleId) {
        return new RouteParameters("articleId", String.valueOf(articleId));
    }

    @Override
    @Initializer
    public void beforeEnter(BeforeEnterEvent event) {
        var articleId = event.getRouteParameters().getLong("articleId");
        if (articleId.isEmpty() && !rights.wholeArticle()) {
            // Translators translate what editors started: a new article begins with its shared fields.
            event.forwardTo(ArticleAdminListView.class);
            return;
        }
        offered = null;
        keptCopyOffer.withdraw();
        show(
                articleId.isPresent()
                        ? editorial.load(articleId.get()).orElseThrow(NotFoundException::new)
                        : editorial.newArticle());
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter(Addresses.EDITOR_LANGUAGE_PARAMETER)
                .flatMap(Language::fromCode)
                .ifPresent(language -> tabs.setSelectedTab(tabs.getTab(versions.get(language))));
        unsavedChanges.onServer().ifPresent(this::offer);
        unsavedChanges.inBrowser(this::offer);
    }

    private void show(ArticleDraft shown) {
        draft = shown;
        heading.setText(getTranslation(draft.isNew() ? "editor.newArticle" : "editor.editArticle"));
        theme.setValue(theme.getListDataView()
                .getItems()
                .filter(each -> draft.themeId() != null && each.id() == draft.themeId())
                .findFirst()
                .orElse(null));
        publicationDate.setValue(draft.publicationDate());
        heroImage.setValue(draft.heroImage());
        attachments.show(draft.articleId());
        versions.forEach(
                (language, editor) -> editor.setValue(draft.versions().getOrDefault(language, VersionDraft.empty())));
        lastSaves = draft.isNew() ? Map.of() : editorial.lastSaves(draft.savedArticleId());
        reviews = draft.isNew() ? Map.of() : editorial.reviews(draft.savedArticleId());
        takedowns = draft.isNew() ? Map.of() : editorial.takedowns(draft.savedArticleId());
        notes.show(draft.articleId());
        showTranslations();
        showPublishing();
        delete.setVisible(!draft.isNew() && rights.wholeArticle());
        history.setVisible(!draft.isNew());
        if (!draft.isNew()) {
            history.setHref(Addresses.articleHistory(draft.savedArticleId()));
        }
        setUnsaved(false);
        unsavedChanges.follow(draft.articleId(), draft.version(), keptTexts(draft.versions()));
        renewPresence();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        var ui = attach.getUI();
        ui.setPollInterval((int) presence.renewInterval().toMillis());
        checkIns = ui.addPollListener(poll -> {
            renewPresence();
            keepUnsavedChanges();
        });
        renewPresence();
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        detach.getUI().setPollInterval(-1);
        if (checkIns != null) {
            checkIns.remove();
        }
        if (draft != null && !draft.isNew()) {
            presence.leave(draft.savedArticleId(), editorKey);
        }
    }

    /** Tells the others this editor is here, and this editor who else is, and whether someone saved meanwhile. */
    private void renewPresence() {
        if (draft == null || draft.isNew() || !isAttached()) {
            othersEditing.setVisible(false);
            return;
        }
        var state = presence.renew(draft.savedArticleId(), editorKey, draft.version());
        var notes = new ArrayList<String>();
        if (!state.othersEditing().isEmpty()) {
            notes.add(getTranslation("editor.presence.others", String.join(", ", state.othersEditing())));
        }
        if (state.newerVersionBy() != null) {
            notes.add(getTranslation("editor.presence.savedMeanwhile", state.newerVersionBy()));
        }
        othersEditing.setText(String.join(" ", notes));
        othersEditing.setVisible(!notes.isEmpty());
    }

    private void keepUnsavedChanges() {
        if (draft != null && unsaved) {
            unsavedChanges.keep(keptTexts(edited().versions()));
        }
    }

    /**
     * Offers a kept copy of unsaved changes, from the server or from this browser, unless a newer one is offered
     * already or it holds nothing but the text the editor shows. The browser's answer comes a round trip later:
     * by then the editor may show another article.
     */
    private void offer(KeptCopy copy) {
        if (!Objects.equals(copy.articleId(), draft.articleId())
                || (offered != null && !copy.keptAt().isAfter(offered.keptAt()))
                || !changesTheText(copy)) {
            return;
        }
        offered = copy;
        keptCopyOffer.offer(siteTime.dateTime(copy.keptAt(), Language.fromLocale(getLocale())));
    }

    private boolean changesTheText(KeptCopy copy) {
        return copy.texts().entrySet().stream().anyMatch(kept -> {
            var shown = versionEditor(kept.getKey()).value();
            return !versionOf(kept.getValue()).withStateOf(shown).equals(shown);
        });
    }

    /**
     * Brings the offered copy's text back into the fields, never a publication state. The copy was written against
     * the article as it was then: a save over anything saved since is a conflict, as it would have been then.
     */
    private void restoreKeptCopy() {
        var copy = offered;
        if (copy == null) {
            return; // a second click, sent before the offer was gone
        }
        offered = null;
        keptCopyOffer.withdraw();
        draft = draft.basedOn(copy.baseVersion());
        copy.texts().forEach((language, text) -> versionEditor(language).restore(versionOf(text)));
        unsavedChanges.follow(draft.articleId(), draft.version(), keptTexts(draft.versions()));
        unsavedChanges.keep(keptTexts(edited().versions()));
        renewPresence();
        notify(getTranslation("editor.kept.restored"), NotificationVariant.LUMO_SUCCESS);
    }

    /** Saved, reloaded from the stored version or thrown away on purpose: no copy of the changes is wanted. */
    private void forgetUnsavedChanges() {
        offered = null;
        keptCopyOffer.withdraw();
        unsavedChanges.forget();
    }

    private static Map<Language, KeptText> keptTexts(Map<Language, VersionDraft> versions) {
        var texts = new EnumMap<Language, KeptText>(Language.class);
        versions.forEach((language, version) ->
                texts.put(language, new KeptText(version.title(), version.slug(), version.teaser(), version.body())));
        return texts;
    }

    private static VersionDraft versionOf(KeptText text) {
        return new VersionDraft(text.title(), text.slug(), text.teaser(), text.body(), PublicationStatus.DRAFT, null);
    }

    /**
     * Each translation beside the text it was made from, as stored now; a language not written yet beside the
     * article's original, which it will be translated from.
     */
    private void showTranslations() {
        var translations =
                draft.isNew() ? Map.<Language, Translation>of() : editorial.translations(draft.savedArticleId());
        var written = Arrays.stream(Language.values())
                .filter(draft.versions()::containsKey)
                .toList();
        var original = written.stream()
                .filter(language -> !translations.containsKey(language))
                .findFirst();
        versions.forEach((language, editor) -> {
            var translation = translations.get(language);
            var stored = draft.versions().containsKey(language);
            var source = translation != null
                    ? Optional.of(translation.source())
                    : original.filter(first -> !stored && first != language);
            editor.showSource(
                    source.orElse(null), source.map(draft.versions()::get).orElse(null));
            Objects.requireNonNull(translationPanels.get(language), "a panel for every language")
                    .show(
                            translation,
                            source.map(draft.versions()::get).orElse(null),
                            stored
                                    ? written.stream()
                                            .filter(other -> other != language)
                                            .toList()
                                    : List.of());
        });
    }

    private void confirmTranslation(Language language) {
        try {
            editorial.confirmTranslation(draft.savedArticleId(), language);
            notify(getTranslation("translation.confirmed"), NotificationVariant.LUMO_SUCCESS);
        } catch (Rejected rejected) {
            notify(
                    FieldProblems.text(
                            this, rejected.problems().values().iterator().next()),
                    NotificationVariant.LUMO_ERROR);
        }
        showTranslations();
    }

    private void chooseSource(Language language, Optional<Language> source) {
        try {
            editorial.translateFrom(draft.savedArticleId(), language, source.orElse(null));
            notify(getTranslation("translation.sourceChosen"), NotificationVariant.LUMO_SUCCESS);
        } catch (Rejected rejected) {
            notify(
                    FieldProblems.text(
                            this, rejected.problems().values().iterator().next()),
                    NotificationVariant.LUMO_ERROR);
        }
        showTranslations();
    }

    /** The bar speaks for the language tab shown, in the state stored. */
    private void showPublishing() {
        if (draft == null) {
            return;
        }
        var language = shownVersion().language();
        var stored = draft.versions().get(language);
        publishing.writesShownVersion(rights.mayWrite(language));
        publishing.approvesTogether(approvable());
        publishing.show(
                language,
                stored,
                lastSaves.get(language),
                stored == null ? null : Addresses.preview(language, draft.savedArticleId()),
                reviews.getOrDefault(language, NOT_REVIEWED),
                takedowns.get(language));
        publishing.offerTogether(readyToGoLive().size() > 1);
    }

    /** The links of the version shown, as stored: a link shows what is saved, never what is being typed. */
    private void showPreviewLinks() {
        new PreviewLinksDialog(
                        previewLinks,
                        draft.savedArticleId(),
                        shownVersion().language(),
                        siteTime,
                        clock,
                        this::absolute)
                .open();
    }

    /** The address as whoever receives it by e-mail opens it: with the public site's scheme and host. */
    private String absolute(String path) {
        return VaadinRequest.getCurrent() instanceof VaadinServletRequest request
                ? siteUrl.resolve(request.getHttpServletRequest()).of(path)
                : path;
    }

    /** The notes sit below the versions, a long way down while writing: the bar's count leads there. */
    private void showNotes() {
        notes.scrollIntoView();
    }

    private static final VersionReview NOT_REVIEWED = new VersionReview(false, false);

    /**
     * The versions Approve approves: the one shown and every other one in review that this person may review, so
     * that languages which must appear together go live together.
     */
    private List<Language> approvable() {
        var shown = shownVersion().language();
        return Arrays.stream(Language.values())
                .filter(language -> language == shown
                        || (isInReview(language)
                                && reviews.getOrDefault(language, NOT_REVIEWED).mayReview()))
                .toList();
    }

    /** The stored versions in a state that passes the test, in language order. */
    private List<Language> inStates(Predicate<PublicationStatus> test) {
        return Arrays.stream(Language.values())
                .filter(language -> {
                    var stored = draft.versions().get(language);
                    return stored != null && test.test(stored.status());
                })
                .toList();
    }

    private boolean isInReview(Language language) {
        var stored = draft.versions().get(language);
        return stored != null && stored.status() == PublicationStatus.IN_REVIEW;
    }

    /**
     * Takes a review decision on the article as stored and shows the result. Unsaved changes would be lost or
     * approved unseen, so they are saved (or discarded) first; a decision that someone else's save overtook is
     * refused, and the stored article is shown for the reviewer to look again.
     */
    private void decide(LongFunction<ArticleDraft> decision, String doneKey) {
        if (!savedFirst()) {
            return;
        }
        try {
            decideOrRefuse(decision, doneKey);
        } catch (Rejected rejected) {
            // A problem of the decision itself is told in a notification, one of a field beside it.
            showProblems(rejected);
        }
    }

    /** Decisions are about the version as stored: the editor's own changes are saved or discarded first. */
    private boolean savedFirst() {
        if (unsaved) {
            notify(getTranslation("review.saveFirst"), NotificationVariant.LUMO_ERROR);
        }
        return !unsaved;
    }

    /**
     * Takes a decision like {@link #decide}, leaving its refusal to the dialog that asked for it.
     *
     * @throws Rejected when the service refuses; nothing changed
     */
    private void decideOrRefuse(LongFunction<ArticleDraft> decision, String doneKey) {
        var articleId = draft.savedArticleId();
        try {
            show(decision.apply(articleId));
            notify(getTranslation(doneKey), NotificationVariant.LUMO_SUCCESS);
        } catch (EditConflictException conflict) {
            notify(getTranslation("review.changedMeanwhile", conflict.otherEditor()), NotificationVariant.LUMO_ERROR);
            editorial.load(articleId).ifPresent(this::show);
        }
    }

    /** The constructor makes an editor for every language. */
    private VersionEditor versionEditor(Language language) {
        return Objects.requireNonNull(versions.get(language), "an editor for every language");
    }

    private VersionEditor shownVersion() {
        return (VersionEditor) tabs.getComponent(tabs.getSelectedTab());
    }

    private List<Revision> revisionsOf(Language language) {
        return draft.isNew() ? List.of() : editorial.revisions(draft.savedArticleId(), language);
    }

    /** Saves the text as written; every language version keeps its state (Save draft, Update, Ctrl+S). */
    /** Saves the text as written, with what each live version's editor says its change is to its readers. */
    private void save() {
        var changeNotes = new EnumMap<Language, ChangeNote>(Language.class);
        versions.forEach((language, editor) -> changeNotes.put(language, editor.changeNote()));
        saveAfterAsking(edited(), List.of(), article -> editorial.save(article, changeNotes));
    }

    /** Saves with the shown language version in a new state: the only way an editor changes a state. */
    private void changeState(PublicationStatus status, @Nullable Instant publishAt) {
        changeStates(Set.of(shownVersion().language()), status, publishAt);
    }

    /** The versions written and not live yet, which could go live together with one action. */
    private List<Language> readyToGoLive() {
        return Arrays.stream(Language.values())
                .filter(language -> !versionEditor(language).value().isBlank())
                .filter(language -> {
                    var stored = draft.versions().get(language);
                    return stored == null || stored.status() != PublicationStatus.PUBLISHED;
                })
                .toList();
    }

    private void publishTogether() {
        new PublishTogetherDialog(readyToGoLive(), siteTime, this::changeStates).open();
    }

    /**
     * Saves with these language versions in one new state, in one save: published together they share their first
     * moment on the site, scheduled together one statement publishes them all when the time comes.
     */
    private void changeStates(Set<Language> languages, PublicationStatus status, @Nullable Instant publishAt) {
        changeStates(languages, status, publishAt, editorial::save);
    }

    /** @param saving how the service stores it: a plain save, or one without review */
    private void changeStates(
            Set<Language> languages,
            PublicationStatus status,
            @Nullable Instant publishAt,
            UnaryOperator<ArticleDraft> saving) {
        var article = edited();
        var written = new EnumMap<>(article.versions());
        languages.forEach(language ->
                written.put(language, versionEditor(language).value().withState(status, publishAt)));
        saveAfterAsking(article.withVersions(written), List.of(), saving);
    }

    /**
     * Every save goes through here: one that changes what the public sees says so and waits for a yes.
     *
     * @param confirmed the changes the editor said yes to already, for this same save refused as a conflict
     */
    private void saveAfterAsking(ArticleDraft article, List<String> confirmed) {
        saveAfterAsking(article, confirmed, editorial::save);
    }

    /** @param saving how the service stores it: a plain save, or one without review */
    private void saveAfterAsking(ArticleDraft article, List<String> confirmed, UnaryOperator<ArticleDraft> saving) {
        askFirst(article, confirmed, asked -> store(article, asked, saving));
    }

    /**
     * What the public would see change, and what to look at in the versions going live, for a yes before {@code
     * onYes} goes ahead; straight on when there is nothing new to ask.
     *
     * @param confirmed what the editor said yes to already
     * @param onYes     given everything the editor has now said yes to
     */
    private void askFirst(ArticleDraft article, List<String> confirmed, Consumer<List<String>> onYes) {
        var changes = PublicChanges.between(draft, article, getLocale(), this::getTranslation);
        var warnings = consistencyWarnings(article);
        var asked = new ArrayList<>(changes);
        asked.addAll(warnings);
        if (confirmed.containsAll(asked)) {
            onYes.accept(confirmed);
            return;
        }
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation(changes.isEmpty() ? "consistency.title" : "publishing.confirm.title"));
        var text = new Div();
        if (!changes.isEmpty()) {
            text.add(listOf(changes));
        }
        if (!warnings.isEmpty()) {
            var heading = new H4(getTranslation("consistency.heading"));
            var list = listOf(warnings);
            list.addClassName("consistency-warnings");
            text.add(heading, list);
        }
        dialog.setText(text);
        dialog.setConfirmText(getTranslation("publishing.confirm.yes"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("publishing.cancel"));
        dialog.addConfirmListener(confirm -> onYes.accept(asked));
        dialog.open();
    }

    /** The article as approving these versions in review would store it: live now, or scheduled for their time. */
    private ArticleDraft asApproved(Set<Language> languages) {
        var versions = new EnumMap<>(draft.versions());
        var now = Instant.now(clock);
        languages.forEach(language -> versions.computeIfPresent(language, (each, version) -> version.approvedAt(now)));
        return draft.withVersions(versions);
    }

    private static UnorderedList listOf(List<String> sentences) {
        var list = new UnorderedList();
        sentences.forEach(sentence -> list.add(new ListItem(sentence)));
        return list;
    }

    /**
     * What to look at in each version this save publishes or schedules, as sentences naming the version's
     * language: the editor reads them before saying yes, and may go ahead anyway.
     */
    private List<String> consistencyWarnings(ArticleDraft article) {
        var warnings = new ArrayList<String>();
        article.versions().forEach((language, version) -> {
            var before = draft.versions().get(language);
            var goingLive =
                    version.status() == PublicationStatus.PUBLISHED || version.status() == PublicationStatus.SCHEDULED;
            if (goingLive && (before == null || before.status() != version.status())) {
                var name = getTranslation(language.locale(), "language.name");
                consistency
                        .beforeGoingLive(article, language)
                        .forEach(warning -> warnings.add(name + ": " + sentence(warning)));
            }
        });
        return warnings;
    }

    /** A warning in the editor's language, with each language it names by its own name. */
    private String sentence(Problem warning) {
        var arguments = warning.arguments().stream()
                .map(argument ->
                        argument instanceof Language named ? getTranslation(named.locale(), "language.name") : argument)
                .toArray();
        return getTranslation(warning.messageKey(), arguments);
    }

    private void store(ArticleDraft article, List<String> confirmed, UnaryOperator<ArticleDraft> saving) {
        versions.values().forEach(editor -> editor.showProblems(Map.of()));
        theme.setInvalid(false);
        publicationDate.setInvalid(false);
        heroImage.clearProblems();
        try {
            var saved = saving.apply(article);
            var wasNew = draft.isNew();
            forgetUnsavedChanges();
            show(saved);
            if (wasNew) {
                getUI().ifPresent(ui -> ui.getPage()
                        .getHistory()
                        .replaceState(
                                null,
                                RouteConfiguration.forSessionScope()
                                        .getUrl(ArticleEditorView.class, of(saved.savedArticleId()))));
            }
            notify(getTranslation("editor.saved"), NotificationVariant.LUMO_SUCCESS);
        } catch (Rejected rejected) {
            showProblems(rejected);
            notify(getTranslation("editor.rejected", rejected.problems().size()), NotificationVariant.LUMO_ERROR);
        } catch (EditConflictException conflict) {
            explainConflict(conflict.otherEditor(), article, confirmed, saving);
        }
    }

    private void confirmDelete() {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("editor.delete.title"));
        dialog.setText(getTranslation("editor.delete.text"));
        dialog.setConfirmText(getTranslation("editor.delete.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("editor.delete.cancel"));
        dialog.addConfirmListener(confirm -> {
            try {
                editorial.delete(draft.savedArticleId(), draft.version());
                forgetUnsavedChanges();
                setUnsaved(false);
                notify(getTranslation("editor.deleted"), NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(ArticleAdminListView.class));
            } catch (EditConflictException conflict) {
                explainConflict(conflict.otherEditor(), edited(), List.of(), editorial::save);
            }
        });
        dialog.open();
    }

    private ArticleDraft edited() {
        var written = new EnumMap<Language, VersionDraft>(Language.class);
        versions.forEach((language, editor) -> {
            var version = editor.value();
            if (!version.isBlank() || draft.versions().containsKey(language)) {
                written.put(language, version);
            }
        });
        return new ArticleDraft(
                draft.articleId(),
                draft.version(),
                theme.getValue() == null ? null : theme.getValue().id(),
                publicationDate.getValue(),
                written,
                draft.updatedBy(),
                heroImage.value());
    }

    private void showProblems(Rejected rejected) {
        rejected.problems().forEach((field, problem) -> {
            if (Language.fromCode(field.split("\\.", 2)[0]).isEmpty() || !field.contains(".")) {
                showSharedProblem(field, problem);
            }
        });
        Language firstWithProblems = null;
        for (var language : Language.values()) {
            var fields = rejected.under(language.code());
            versionEditor(language).showProblems(fields);
            // The time of a schedule has no field in the editor, only in the dialog that chose it.
            if (fields.containsKey("publishAt")) {
                notify(FieldProblems.text(this, fields.get("publishAt")), NotificationVariant.LUMO_ERROR);
            }
            if (firstWithProblems == null && !fields.isEmpty()) {
                firstWithProblems = language;
            }
        }
        if (firstWithProblems != null) {
            tabs.setSelectedTab(tabs.getTab(versionEditor(firstWithProblems)));
        }
    }

    private void showSharedProblem(String field, Problem problem) {
        switch (field) {
            case "theme" -> FieldProblems.show(theme, problem);
            case "date" -> {
                FieldProblems.show(publicationDate, problem);
                DateInput.ownProblem(publicationDate).ifPresent(publicationDate::setErrorMessage);
            }
            default -> {
                if (!heroImage.showProblem(field, problem)) {
                    notify(FieldProblems.text(this, problem), NotificationVariant.LUMO_ERROR);
                }
            }
        }
    }

    /**
     * @param attempted the article as the refused save would have stored it, state changes included
     * @param confirmed the public changes the editor said yes to for it: saving over theirs asks only for new ones
     * @param saving    how the refused save was to be stored (with its change notes, or without review), so that
     *                  saving over theirs keeps what the editor said
     */
    private void explainConflict(
            String otherEditor, ArticleDraft attempted, List<String> confirmed, UnaryOperator<ArticleDraft> saving) {
        var stored = editorial.load(draft.savedArticleId());
        if (stored.isEmpty()) {
            setUnsaved(false);
            notify(getTranslation("editor.goneMeanwhile"), NotificationVariant.LUMO_ERROR);
            getUI().ifPresent(ui -> ui.navigate(ArticleAdminListView.class));
            return;
        }
        var theirs = stored.get();
        var mineOverTheirs = attempted.over(theirs, draft);
        new ConflictDialog(
                        otherEditor,
                        theirs,
                        mineOverTheirs,
                        this::themeName,
                        () -> {
                            forgetUnsavedChanges();
                            show(theirs);
                        },
                        () -> saveOver(theirs, mineOverTheirs, confirmed, saving))
                .open();
    }

    /**
     * The editor chose to replace the other version with theirs: save again, now based on the stored version and
     * with the states the dialog announced. Until that save succeeds the editor shows their states, the ones
     * stored, and a change to the public site (theirs published, mine at another address) still asks first.
     */
    private void saveOver(
            ArticleDraft theirs,
            ArticleDraft mineOverTheirs,
            List<String> confirmed,
            UnaryOperator<ArticleDraft> saving) {
        draft = new ArticleDraft(
                draft.articleId(),
                theirs.version(),
                draft.themeId(),
                draft.publicationDate(),
                theirs.versions(),
                draft.updatedBy(),
                draft.heroImage());
        theirs.versions().forEach((language, version) -> versionEditor(language).setState(version));
        showPublishing();
        saveAfterAsking(mineOverTheirs, confirmed, saving);
    }

    private String themeName(long themeId) {
        return theme.getListDataView()
                .getItems()
                .filter(each -> each.id() == themeId)
                .findFirst()
                .map(Theme::name)
                .orElse("#" + themeId);
    }

    private void edited(boolean byEditor) {
        if (byEditor && !unsaved) {
            setUnsaved(true);
        }
        if (byEditor && draft != null) {
            publishing.offerTogether(readyToGoLive().size() > 1);
        }
    }

    /** The browser asks before closing the tab too, while there is unsaved work. */
    private void setUnsaved(boolean value) {
        unsaved = value;
        getElement()
                .executeJs(
                        "window.onbeforeunload = $0 ? (e => { e.preventDefault(); e.returnValue = ''; })" + " : null;",
                        value);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!unsaved) {
            return;
        }
        var pending = event.postpone();
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("editor.leave.title"));
        dialog.setText(getTranslation("editor.leave.text"));
        dialog.setConfirmText(getTranslation("editor.leave.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirm -> {
            forgetUnsavedChanges();
            setUnsaved(false);
            pending.proceed();
        });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("editor.leave.stay"));
        dialog.open();
    }

    private static void notify(String text, NotificationVariant variant) {
        var notification = Notification.show(text, 5000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " | " + getTranslation("admin.title");
    }
}
