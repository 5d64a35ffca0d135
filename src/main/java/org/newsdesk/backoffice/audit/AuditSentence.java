package org.newsdesk.backoffice.audit;

import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import org.newsdesk.audit.AuditEvent;
import org.newsdesk.base.web.Addresses;

/**
 * An audit event told as a sentence in the interface language, "Eva Editor published “Energy…” (fr)", with a link
 * to what it was about while that can be opened.
 */
class AuditSentence extends Span {

    AuditSentence(AuditEvent event) {
        addClassName("audit-sentence");
        var key = "audit.sentence." + event.action();
        var sentence = getTranslation(
                hasTranslation(key) ? key : "audit.sentence.other",
                actorOf(event),
                event.details() == null ? "" : event.details(),
                event.language().map(language -> language.code()).orElse(""),
                event.targetName() == null ? (event.target() == null ? "" : event.target()) : event.targetName(),
                event.action());
        add(new Span(sentence));
        link(event).ifPresent(link -> {
            link.addClassName("audit-link");
            add(link);
        });
    }

    private String actorOf(AuditEvent event) {
        if (event.actor() == null) {
            return getTranslation("audit.anonymous");
        }
        return event.actorName() == null ? event.actor() : event.actorName();
    }

    private Optional<Anchor> link(AuditEvent event) {
        if (event.articleId().isPresent() && !event.action().equals("ARTICLE_DELETED")) {
            return Optional.of(
                    new Anchor(Addresses.articleEditor(event.articleId().get()), getTranslation("audit.open.article")));
        }
        if (event.themeId().isPresent() && !event.action().equals("THEME_DELETED")) {
            return Optional.of(
                    new Anchor(Addresses.timelineEditor(event.themeId().get()), getTranslation("audit.open.theme")));
        }
        if (event.action().startsWith("REDIRECT_")) {
            return Optional.of(new Anchor(Addresses.REDIRECTS_ROUTE, getTranslation("audit.open.redirects")));
        }
        if (event.changedAnAccount()) {
            return Optional.of(new Anchor(Addresses.ACCOUNTS_ROUTE, getTranslation("audit.open.account")));
        }
        return Optional.empty();
    }

    /** An action added by a later feature reads as a plain line until its sentence is written. */
    private boolean hasTranslation(String key) {
        return !getTranslation(key).contains(key);
    }
}
