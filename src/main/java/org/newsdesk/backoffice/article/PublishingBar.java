package org.newsdesk.backoffice.article;

import java.time.Instant;
import java.util.List;

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
import org.newsdesk.editorial.Takedown;
import org.newsdesk.editorial.VersionDraft;
import org.newsdesk.editorial.VersionReview;

/**
 * What the language version shown can do next, named for what it does (Publish, Schedule…, Update, Withdraw…,
 * Unpublish…, Put back, Archive), with its state and who saved it last. Every action is a save: the state changes only through one of
 * these buttons, never by editing a field. The editor's notices ride along, so they stay in view while writing.
 * <p>
 * The bar sticks to the top, under the header, on desktop and phone alike (see {@code .publishing-bar} in
 * backoffice.css): at the bottom of a phone it would sit under the on-screen keyboard while writing and under the
 * notifications that report a save, and at the top it is where the eye starts, so the newer-version notice is
 * read before typing over someone else's work.
 * <p>
 * With review required, "Submit for review" takes the place of Publish and Schedule…, and "Publish without review…"
 * asks for a reason. A version in review offers Approve and Send back… to whoever may review it; one published
 * without review says so, and offers "Mark as reviewed" to whoever may.
 */
class PublishingBar extends Div {

    /** A state change the editor asked for: the version's new status, and its time when scheduled. */
    interface StateChange {
        void to(PublicationStatus status, @Nullable Instant publishAt);
    }

    /** The decisions of review, each about the version shown. */
    interface ReviewDecisions {
        void approve();

        void sendBack(String remark);

        void publishWithoutReview(String reason);

        void markReviewed();
    }

    /** Taking the version shown off the site honestly, and the undo of it; each asks first what it needs. */
    interface Takedowns {
        void withdraw();

        void unpublish();

        void putBack();
    }

    private final Span language = new Span();
    private final Span state = new Span();
    private final Anchor viewOnSite = new Anchor();
    private final Anchor preview = new Anchor();
    private final Button previewLinks = new Button();
    private final Button save = new Button();
    private final Button publish = new Button();
    private final Button schedule = new Button();
    private final Button unschedule = new Button();
    private final Button withdraw = new Button();
    private final Button unpublish = new Button();
    private final Button putBack = new Button();
    private final Button archive = new Button();
    private final Button together = new Button();
    private final Button submit = new Button();
    private final Button submitAt = new Button();
    private final Button withoutReview = new Button();
    private final Button approve = new Button();
    private final Button sendBack = new Button();
    private final Button markReviewed = new Button();
    private final Span unreviewed = new Span();
    private final Span takenDown = new Span();
    private final Button toNotes = new Button();
    private final boolean reviewRequired;
    private final SiteTime siteTime;
    private Language shownLanguage = Language.DEFAULT;
    private VersionDraft storedVersion = VersionDraft.empty();
    private boolean changesStates = true;
    private boolean writesShown = true;

    /**
     * @param notices shown above the actions: who else is editing, and who saved a newer version meanwhile
     * @param onSave     saves every version as written, each keeping its state (also Ctrl+S)
     * @param onTogether asks which languages to publish or schedule at the same instant
     * @param onPreviewLinks shows the preview links of the version shown, for people without an account
     */
    PublishingBar(
            Component notices,
            SiteTime siteTime,
            boolean reviewRequired,
            Runnable onSave,
            StateChange onChange,
            Runnable onTogether,
            ReviewDecisions decisions,
            Takedowns takedowns,
            Runnable onNotes,
            Runnable onPreviewLinks) {
        this.siteTime = siteTime;
        this.reviewRequired = reviewRequired;
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
        previewLinks.setText(getTranslation("publishing.previewLinks"));
        previewLinks.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        previewLinks.addClassName("publishing-preview-links");
        previewLinks.addClickListener(click -> onPreviewLinks.run());
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
        action(withdraw, "publishing.withdraw", takedowns::withdraw);
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        action(unpublish, "publishing.unpublish", takedowns::unpublish);
        unpublish.addThemeVariants(ButtonVariant.LUMO_ERROR);
        action(putBack, "publishing.putBack", takedowns::putBack);
        action(archive, "publishing.archive", () -> onChange.to(PublicationStatus.ARCHIVED, null));
        archive.addThemeVariants(ButtonVariant.LUMO_ERROR);
        action(together, "publishing.together", onTogether);
        together.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        together.setVisible(false);
        action(submit, "publishing.submit", () -> onChange.to(PublicationStatus.IN_REVIEW, null));
        action(
                submitAt,
                "publishing.submitAt",
                () -> new ScheduleDialog(
                                "publishing.submitAt",
                                shownLanguage,
                                storedVersion.publishAt(),
                                siteTime,
                                time -> onChange.to(PublicationStatus.IN_REVIEW, time))
                        .open());
        action(
                withoutReview,
                "publishing.withoutReview",
                () -> new TextDialog("review.withoutReview", "review.reasonRequired", decisions::publishWithoutReview)
                        .open());
        withoutReview.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        action(approve, "review.approve", decisions::approve);
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        action(
                sendBack,
                "review.sendBack",
                () -> new TextDialog("review.sendBack", "review.remarkRequired", decisions::sendBack).open());
        action(markReviewed, "review.markReviewed", decisions::markReviewed);
        unreviewed.setText(getTranslation("review.unreviewed"));
        unreviewed.addClassName("publishing-unreviewed");
        unreviewed.getElement().getThemeList().add("badge");
        takenDown.addClassName("publishing-taken-down");
        toNotes.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        toNotes.addClassName("publishing-notes");
        toNotes.addClickListener(click -> onNotes.run());
        toNotes.setVisible(false);
        var status = new Div(language, state, unreviewed, takenDown, viewOnSite, preview, previewLinks, toNotes);
        status.addClassName("publishing-status");
        status.getElement().setAttribute("role", "status");
        var actions = new Div(
                save,
                approve,
                sendBack,
                submit,
                submitAt,
                publish,
                schedule,
                withoutReview,
                unschedule,
                putBack,
                withdraw,
                unpublish,
                archive,
                markReviewed,
                together);
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
     * @param review      where it stands in review for the person signed in
     * @param takedown    how it was taken down, when it is withdrawn or unpublished
     */
    void show(
            Language version,
            @Nullable VersionDraft stored,
            @Nullable LastSave lastSave,
            @Nullable String previewHref,
            VersionReview review,
            @Nullable Takedown takedown) {
        shownLanguage = version;
        storedVersion = stored == null ? VersionDraft.empty() : stored;
        var status = storedVersion.status();
        language.setText(getTranslation(version.locale(), "language.name"));
        var publishAt = storedVersion.publishAt();
        var stateText = publishAt == null
                ? getTranslation("status." + status.name())
                : getTranslation(
                        status == PublicationStatus.SCHEDULED ? "publishing.scheduledFor" : "publishing.inReviewFor",
                        dateTime(publishAt));
        // Versions stored without a revision (imported, demo content) have a state but no known last save.
        state.setText(
                lastSave != null
                        ? getTranslation(
                                "publishing.lastSaved", stateText, lastSave.savedBy(), dateTime(lastSave.savedAt()))
                        : stored == null ? getTranslation("publishing.notSavedYet", stateText) : stateText);
        var live = status == PublicationStatus.PUBLISHED;
        viewOnSite.setVisible(status.isReadable());
        if (status.isReadable()) {
            viewOnSite.setHref(Addresses.article(version, storedVersion.slug()));
        }
        preview.setVisible(previewHref != null);
        // Sharing a version is for whoever may write it: a translator shares their languages' versions only.
        previewLinks.setVisible(previewHref != null && writesShown);
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
                            case IN_REVIEW, SCHEDULED, WITHDRAWN, UNPUBLISHED, ARCHIVED -> "editor.save";
                        }));
        // A live version is never scheduled: until its time it would be off the site. Taking it off is explicit, and
        // one taken down goes back only as it was, by Put back.
        var scheduled = status == PublicationStatus.SCHEDULED;
        var inReview = status == PublicationStatus.IN_REVIEW;
        var down = status.isTakenDown();
        publish.setVisible(changesStates && !live && !down && !reviewRequired);
        schedule.setVisible(changesStates && !live && !down && !reviewRequired);
        withoutReview.setVisible(changesStates && !live && !down && !scheduled && reviewRequired);
        // Translators submit their own drafts (their way to say a translation is ready, review required or not);
        // a time to go live is an editor's decision.
        submit.setVisible(writesShown
                && (changesStates
                        ? reviewRequired && !live && !down && !scheduled && !inReview
                        : status == PublicationStatus.DRAFT));
        submitAt.setVisible(changesStates && reviewRequired && !live && !down && !scheduled && !inReview);
        approve.setVisible(inReview && review.mayReview());
        sendBack.setVisible(inReview && review.mayReview());
        unreviewed.setVisible(review.publishedWithoutReview());
        markReviewed.setVisible(review.publishedWithoutReview() && review.mayReview());
        unschedule.setVisible(changesStates && status == PublicationStatus.SCHEDULED);
        withdraw.setVisible(changesStates && live);
        unpublish.setVisible(changesStates && status.isReadable());
        putBack.setVisible(changesStates && down);
        archive.setVisible(changesStates && live);
        showTakedown(status, takedown);
    }

    /** What readers meet at the address of a version taken down: its banner, a 410, or another page. */
    private void showTakedown(PublicationStatus status, @Nullable Takedown takedown) {
        takenDown.setVisible(status.isTakenDown() && takedown != null);
        if (takedown == null) {
            return;
        }
        var reason = takedown.reason();
        var redirectTo = takedown.redirectTo();
        takenDown.setText(
                status == PublicationStatus.WITHDRAWN && reason != null
                        ? getTranslation("publishing.withdrawnBecause", reason)
                        : redirectTo != null
                                ? getTranslation("publishing.unpublishedTo", redirectTo)
                                : getTranslation("publishing.unpublishedGone"));
    }

    /** How many internal notes the article has: the bar leads to them, since a remark sent back is worth reading. */
    void countNotes(int count) {
        toNotes.setText(getTranslation("notes.count", count));
        toNotes.setVisible(count > 0);
    }

    /** Whether several languages are ready to go live at once: the action is about the article, not the tab. */
    void offerTogether(boolean several) {
        // Together means going live: with review required, each version goes its way through review.
        together.setVisible(changesStates && several && !reviewRequired);
    }

    /** Translators save text and submit it; publishing, scheduling and withdrawing are an editor's decisions. */
    void offerStateChanges(boolean offered) {
        changesStates = offered;
    }

    /**
     * The versions that Approve approves together (the shown one and the others in review this person may review):
     * going live together, they also meet a rule that several languages appear at once.
     */
    void approvesTogether(List<Language> languages) {
        approve.setText(
                languages.size() > 1
                        ? getTranslation(
                                "review.approveSeveral",
                                String.join(
                                        ", ",
                                        languages.stream().map(Language::code).toList()))
                        : getTranslation("review.approve"));
    }

    /** Whether the person may write the version {@link #show} shows next: set before showing it. */
    void writesShownVersion(boolean writes) {
        writesShown = writes;
    }

    private String dateTime(Instant moment) {
        return siteTime.dateTimeWithZone(moment, getLocale());
    }
}
