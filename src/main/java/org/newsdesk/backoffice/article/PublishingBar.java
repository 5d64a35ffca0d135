package org.newsdesk.backoffice.article;

import java.time.Instant;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.base.SiteTime;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.editorial.LastSave;
import org.newsdesk.editorial.VersionDraft;

/**
 * What the language version shown can do next, named for what it does (Publish, Schedule…, Update, Unpublish,
 * Archive), with its state and who saved it last. Every action is a save: the state changes only through one of
 * these buttons, never by editing a field. The editor's notices ride along, so they stay in view while writing.
 * <p>
 * The bar sticks to the top, under the header, on desktop and phone alike (see {@code .publishing-bar} in
 * backoffice.css): at the bottom of a phone it would sit under the on-screen keyboard while writing and under the
 * notifications that report a save, and at the top it is where the eye starts, so the newer-version notice is
 * read before typing over someone else's work.
 */
class PublishingBar extends Div {

    /** A state change the editor asked for: the version's new status, and its time when scheduled. */
    interface StateChange {
        void to(PublicationStatus status, @Nullable Instant publishAt);
    }

    private final Span language = new Span();
    private final Span state = new Span();
    private final Anchor viewOnSite = new Anchor();
    private final Anchor preview = new Anchor();
    private final Button save = new Button();
    private final Button publish = new Button();
    private final Button schedule = new Button();
    private final Button unschedule = new Button();
    private final Button unpublish = new Button();
    private final Button archive = new Button();
    private final Button together = new Button();
    private final SiteTime siteTime;
    private Language shownLanguage = Language.DEFAULT;
    private VersionDraft storedVersion = VersionDraft.empty();
    private boolean changesStates = true;
    private boolean writesShown = true;

    /**
     * @param notices shown above the actions: who else is editing, and who saved a newer version meanwhile
     * @param onSave     saves every version as written, each keeping its state (also Ctrl+S)
     * @param onTogether asks which languages to publish or schedule at the same instant
     */
    PublishingBar(Component notices, SiteTime siteTime, Runnable onSave, StateChange onChange, Runnable onTogether) {
        this.siteTime = siteTime;
        addClassName("publishing-bar");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("publishing.bar"));
        language.addClassName("publishing-language");
        state.addClassName("publishing-state");
        for (var link : new Anchor[] {viewOnSite, preview}) {
            link.setTarget("_blank");
            link.addClassName("publishing-link");
        }
        viewOnSite.setText(getTranslation("publishing.viewOnSite"));
        preview.setText(getTranslation("publishing.preview"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> onSave.run());
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        action(publish, "publishing.publish", () -> onChange.to(PublicationStatus.PUBLISHED, null));
        action(
                schedule,
                "publishing.schedule",
                () -> new ScheduleDialog(
                                shownLanguage,
                                storedVersion.publishAt(),
                                siteTime,
                                time -> onChange.to(PublicationStatus.SCHEDULED, time))
                        .open());
        action(unschedule, "publishing.unschedule", () -> onChange.to(PublicationStatus.DRAFT, null));
        action(unpublish, "publishing.unpublish", () -> onChange.to(PublicationStatus.DRAFT, null));
        action(archive, "publishing.archive", () -> onChange.to(PublicationStatus.ARCHIVED, null));
        archive.addThemeVariants(ButtonVariant.LUMO_ERROR);
        action(together, "publishing.together", onTogether);
        together.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        together.setVisible(false);
        var status = new Div(language, state, viewOnSite, preview);
        status.addClassName("publishing-status");
        status.getElement().setAttribute("role", "status");
        var actions = new Div(save, publish, schedule, unschedule, unpublish, archive, together);
        actions.addClassName("publishing-actions");
        add(notices, status, actions);
    }

    private static void action(Button button, String labelKey, Runnable run) {
        button.setText(button.getTranslation(labelKey));
        button.addClickListener(click -> run.run());
    }

    /**
     * Shows one language version as it is stored: its state changes only when an action has saved another one.
     *
     * @param stored      the version as stored, or null when it has never been saved
     * @param lastSave    who saved it last, or null
     * @param previewHref where staff see it as the public page would show it, or null before a first save
     */
    void show(
            Language version,
            @Nullable VersionDraft stored,
            @Nullable LastSave lastSave,
            @Nullable String previewHref) {
        shownLanguage = version;
        storedVersion = stored == null ? VersionDraft.empty() : stored;
        var status = storedVersion.status();
        language.setText(getTranslation(version.locale(), "language.name"));
        var stateText = status == PublicationStatus.SCHEDULED && storedVersion.publishAt() != null
                ? getTranslation("publishing.scheduledFor", dateTime(storedVersion.publishAt()))
                : getTranslation("status." + status.name());
        // Versions stored without a revision (imported, demo content) have a state but no known last save.
        state.setText(
                lastSave != null
                        ? getTranslation(
                                "publishing.lastSaved", stateText, lastSave.savedBy(), dateTime(lastSave.savedAt()))
                        : stored == null ? getTranslation("publishing.notSavedYet", stateText) : stateText);
        var live = status == PublicationStatus.PUBLISHED;
        viewOnSite.setVisible(live);
        if (live) {
            viewOnSite.setHref(Addresses.article(version, storedVersion.slug()));
        }
        preview.setVisible(previewHref != null);
        if (previewHref != null) {
            preview.setHref(previewHref);
        }
        // A translator on a tab they only read still saves their own languages: not "Update" the live one shown.
        save.setText(getTranslation(
                !writesShown
                        ? "editor.save"
                        : switch (status) {
                            case DRAFT -> "publishing.saveDraft";
                            case PUBLISHED -> "publishing.update";
                            case SCHEDULED, ARCHIVED -> "editor.save";
                        }));
        // A live version is never scheduled: until its time it would be off the site. Taking it off is explicit.
        publish.setVisible(changesStates && !live);
        schedule.setVisible(changesStates && !live);
        unschedule.setVisible(changesStates && status == PublicationStatus.SCHEDULED);
        unpublish.setVisible(changesStates && live);
        archive.setVisible(changesStates && live);
    }

    /** Whether several languages are ready to go live at once: the action is about the article, not the tab. */
    void offerTogether(boolean several) {
        together.setVisible(changesStates && several);
    }

    /** Translators save text; publishing, scheduling and withdrawing are an editor's decisions. */
    void offerStateChanges(boolean offered) {
        changesStates = offered;
    }

    /** Whether the person may write the version {@link #show} shows next: set before showing it. */
    void writesShownVersion(boolean writes) {
        writesShown = writes;
    }

    private String dateTime(Instant moment) {
        return siteTime.dateTimeWithZone(moment, getLocale());
    }
}
