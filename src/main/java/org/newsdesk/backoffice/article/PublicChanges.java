package org.newsdesk.backoffice.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.editorial.ArticleDraft;
import org.newsdesk.editorial.VersionDraft;

/**
 * What a save would change on the public site, language by language: a version going public, going off the site,
 * or moving to another address. Every save in the editor asks first when this is not empty, whichever button or
 * dialog started it, so no path takes a live page away or moves it without the editor reading so.
 */
final class PublicChanges {

    private PublicChanges() {}

    /**
     * @param stored    the article as stored (as far as the editor knows)
     * @param saved     the article as the save would store it
     * @param translate an i18n key and its arguments to a text in the editor's language
     * @return one sentence per change, empty when the public site stays as it is
     */
    static List<String> between(
            ArticleDraft stored,
            ArticleDraft saved,
            Locale editorLocale,
            BiFunction<String, Object[], String> translate) {
        var changes = new ArrayList<String>();
        for (var language : Language.values()) {
            var after = saved.versions().get(language);
            if (after == null || after.isBlank()) {
                continue;
            }
            var before = stored.versions().get(language);
            var wasLive = before != null && before.status() == PublicationStatus.PUBLISHED;
            var isLive = after.status() == PublicationStatus.PUBLISHED;
            var name = language.locale().getDisplayLanguage(editorLocale);
            if (!wasLive && isLive) {
                changes.add(translate.apply("publishing.goesPublic", new Object[] {name, address(language, after)}));
            } else if (before != null && wasLive && !isLive) {
                changes.add(translate.apply("publishing.goesOff", new Object[] {
                    name,
                    address(language, before),
                    translate.apply("status." + after.status().name(), new Object[0])
                }));
            } else if (before != null && wasLive && !before.slug().equals(after.slug())) {
                changes.add(translate.apply(
                        "publishing.addressChanges",
                        new Object[] {name, address(language, before), address(language, after)}));
            }
        }
        return changes;
    }

    private static String address(Language language, VersionDraft version) {
        return Addresses.article(language, version.slug());
    }
}
