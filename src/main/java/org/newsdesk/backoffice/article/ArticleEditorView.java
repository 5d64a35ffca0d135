package org.newsdesk.backoffice.article;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
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
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import org.newsdesk.base.Language;
import org.newsdesk.base.SiteTime;
import org.newsdesk.markdown.MarkdownRenderer;
import org.newsdesk.media.MediaService;
import org.newsdesk.editorial.ArticleDraft;
import org.newsdesk.editorial.DraftRejectedException;
import org.newsdesk.editorial.EditConflictException;
import org.newsdesk.presence.EditingPresence;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.editorial.Revision;
import org.newsdesk.editorial.VersionDraft;
import org.newsdesk.security.Roles;
import org.newsdesk.theme.Theme;
import org.newsdesk.theme.ThemeService;
import org.newsdesk.base.web.Addresses;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouteConfiguration;

/**
 * Writing an article: the shared fields, then one tab per language. Saving stores every changed language version
 * with a revision; a save over someone else's newer work is refused and explained, never silent.
 */
@Route(Addresses.ARTICLE_EDITOR_ROUTE)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
class ArticleEditorView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final EditorialService editorial;
    private final EditingPresence presence;
    /** Names this open editor among all open editors, including the same person's other tabs. */
    private final String editorKey = UUID.randomUUID().toString();
    private final Span othersEditing = new Span();
    private final Button delete = new Button();
    private Registration presenceRenewal;
    private final H1 heading = new H1();
    private final Span lastSaved = new Span();
    private final ComboBox<Theme> theme = new ComboBox<>();
    private final DatePicker publicationDate = new DatePicker();
    private final Map<Language, VersionEditor> versions = new EnumMap<>(Language.class);
    private final TabSheet tabs = new TabSheet();
    private final HeroImageField heroImage;
    private ArticleDraft draft;
    private boolean unsaved;

    ArticleEditorView(EditorialService editorial, EditingPresence presence, ThemeService themes,
                      MarkdownRenderer markdown, MediaService media, SiteTime siteTime) {
        this.editorial = editorial;
        this.presence = presence;
        this.heroImage = new HeroImageField(media, () -> edited(true));
        addClassName("article-editor");
        var editorLanguage = Language.fromLocale(getLocale());
        theme.setLabel(getTranslation("editor.theme"));
        theme.setItems(themes.all(editorLanguage));
        theme.setItemLabelGenerator(Theme::name);
        theme.setClearButtonVisible(true);
        theme.setMinWidth("20rem");
        publicationDate.setLabel(getTranslation("editor.date"));
        publicationDate.setLocale(getLocale());
        publicationDate.setRequiredIndicatorVisible(true);
        theme.addValueChangeListener(change -> edited(change.isFromClient()));
        publicationDate.addValueChangeListener(change -> edited(change.isFromClient()));
        for (var language : Language.values()) {
            var editor = new VersionEditor(language, markdown, siteTime, () -> edited(true), this::revisionsOf);
            versions.put(language, editor);
            tabs.add(getTranslation(language.locale(), "language.name"), editor);
        }
        tabs.setWidthFull();
        var save = new Button(getTranslation("editor.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        var shared = new HorizontalLayout(theme, publicationDate);
        shared.setAlignItems(Alignment.BASELINE);
        shared.setWrap(true);
        delete.setText(getTranslation("editor.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(click -> confirmDelete());
        var actions = new HorizontalLayout(save, lastSaved, delete);
        actions.setAlignItems(Alignment.CENTER);
        actions.setWidthFull();
        delete.getStyle().set("margin-inline-start", "auto");
        othersEditing.addClassName("others-editing");
        othersEditing.getElement().setAttribute("role", "status");
        othersEditing.setVisible(false);
        add(heading, othersEditing, shared, heroImage, tabs, actions);
    }

    /** The route parameters of an existing article's editor. */
    static RouteParameters of(long articleId) {
        return new RouteParameters("articleId", String.valueOf(articleId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var articleId = event.getRouteParameters().getLong("articleId");
        show(articleId.isPresent()
                ? editorial.load(articleId.get()).orElseThrow(NotFoundException::new)
                : editorial.newArticle());
    }

    private void show(ArticleDraft shown) {
        draft = shown;
        heading.setText(getTranslation(draft.isNew() ? "editor.newArticle" : "editor.editArticle"));
        theme.setValue(theme.getListDataView().getItems()
                .filter(each -> draft.themeId() != null && each.id() == draft.themeId()).findFirst().orElse(null));
        publicationDate.setValue(draft.publicationDate());
        heroImage.setValue(draft.heroImage());
        versions.forEach((language, editor) -> editor.setValue(
                draft.versions().getOrDefault(language, VersionDraft.empty()),
                draft.isNew() || !draft.versions().containsKey(language) ? null
                        : Addresses.preview(language, draft.articleId())));
        lastSaved.setText(draft.updatedBy() == null ? "" : getTranslation("editor.lastSavedBy", draft.updatedBy()));
        delete.setVisible(!draft.isNew());
        setUnsaved(false);
        renewPresence();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        var ui = attach.getUI();
        ui.setPollInterval((int) presence.renewInterval().toMillis());
        presenceRenewal = ui.addPollListener(poll -> renewPresence());
        renewPresence();
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        detach.getUI().setPollInterval(-1);
        presenceRenewal.remove();
        if (draft != null && !draft.isNew()) {
            presence.leave(draft.articleId(), editorKey);
        }
    }

    /** Tells the others this editor is here, and this editor who else is, and whether someone saved meanwhile. */
    private void renewPresence() {
        if (draft == null || draft.isNew() || !isAttached()) {
            othersEditing.setVisible(false);
            return;
        }
        var state = presence.renew(draft.articleId(), editorKey, draft.version());
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

    private List<Revision> revisionsOf(Language language) {
        return draft.isNew() ? List.of() : editorial.revisions(draft.articleId(), language);
    }

    private void save() {
        versions.values().forEach(editor -> editor.showProblems(Map.of()));
        theme.setInvalid(false);
        publicationDate.setInvalid(false);
        heroImage.clearProblems();
        try {
            var saved = editorial.save(edited());
            var wasNew = draft.isNew();
            show(saved);
            if (wasNew) {
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                        RouteConfiguration.forSessionScope().getUrl(ArticleEditorView.class, of(saved.articleId()))));
            }
            notify(getTranslation("editor.saved"), NotificationVariant.LUMO_SUCCESS);
        } catch (DraftRejectedException rejected) {
            showProblems(rejected.problems());
            notify(getTranslation("editor.rejected", rejected.problems().size()), NotificationVariant.LUMO_ERROR);
        } catch (EditConflictException conflict) {
            explainConflict(conflict.otherEditor());
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
                editorial.delete(draft.articleId(), draft.version());
                setUnsaved(false);
                notify(getTranslation("editor.deleted"), NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(ArticleAdminListView.class));
            } catch (EditConflictException conflict) {
                explainConflict(conflict.otherEditor());
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
        return new ArticleDraft(draft.articleId(), draft.version(),
                theme.getValue() == null ? null : theme.getValue().id(), publicationDate.getValue(), written,
                draft.updatedBy(), heroImage.value());
    }

    private void showProblems(Map<String, String> problems) {
        var perLanguage = new EnumMap<Language, Map<String, String>>(Language.class);
        problems.forEach((field, problem) -> {
            var parts = field.split("\\.", 2);
            Language.fromCode(parts[0]).filter(language -> parts.length == 2).ifPresentOrElse(
                    language -> perLanguage.computeIfAbsent(language, key -> new HashMap<>()).put(parts[1], problem),
                    () -> showSharedProblem(field, problem));
        });
        perLanguage.forEach((language, fields) -> versions.get(language).showProblems(fields));
        perLanguage.keySet().stream().findFirst().ifPresent(language -> tabs.setSelectedTab(
                tabs.getTab(versions.get(language))));
    }

    private void showSharedProblem(String field, String problem) {
        switch (field) {
            case "theme" -> {
                theme.setInvalid(true);
                theme.setErrorMessage(getTranslation(problem));
            }
            case "date" -> {
                publicationDate.setInvalid(true);
                publicationDate.setErrorMessage(getTranslation(problem));
            }
            default -> {
                if (!heroImage.showProblem(field, problem)) {
                    notify(getTranslation(problem), NotificationVariant.LUMO_ERROR);
                }
            }
        }
    }

    private void explainConflict(String otherEditor) {
        var stored = editorial.load(draft.articleId());
        if (stored.isEmpty()) {
            setUnsaved(false);
            notify(getTranslation("editor.goneMeanwhile"), NotificationVariant.LUMO_ERROR);
            getUI().ifPresent(ui -> ui.navigate(ArticleAdminListView.class));
            return;
        }
        var theirs = stored.get();
        var mineOverTheirs = edited().over(theirs, draft);
        new ConflictDialog(otherEditor, theirs, mineOverTheirs, this::themeName, () -> show(theirs),
                () -> saveOver(theirs, mineOverTheirs)).open();
    }

    /**
     * The editor chose to replace the other version with theirs: save again, now based on the stored version and
     * with the states the dialog announced, which the editor then shows (also if the save is refused).
     */
    private void saveOver(ArticleDraft theirs, ArticleDraft mineOverTheirs) {
        draft = new ArticleDraft(draft.articleId(), theirs.version(), draft.themeId(), draft.publicationDate(),
                theirs.versions(), draft.updatedBy(), draft.heroImage());
        mineOverTheirs.versions().forEach((language, version) -> versions.get(language).showState(version));
        save();
    }

    private String themeName(long themeId) {
        return theme.getListDataView().getItems().filter(each -> each.id() == themeId).findFirst()
                .map(Theme::name).orElse("#" + themeId);
    }

    private void edited(boolean byEditor) {
        if (byEditor && !unsaved) {
            setUnsaved(true);
        }
    }

    /** The browser asks before closing the tab too, while there is unsaved work. */
    private void setUnsaved(boolean value) {
        unsaved = value;
        getElement().executeJs("window.onbeforeunload = $0 ? (e => { e.preventDefault(); e.returnValue = ''; })"
                + " : null;", value);
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
