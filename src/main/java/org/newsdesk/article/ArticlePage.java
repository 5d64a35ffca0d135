package org.newsdesk.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.newsdesk.attachment.Attachment;
import org.newsdesk.base.Language;
import org.newsdesk.corrections.PublicChangeNote;
import org.newsdesk.media.HeroImage;

/**
 * One language version of an article as visitors read it at its address, ready to show.
 *
 * @param bodyHtml     the body rendered from Markdown and sanitised: safe to insert as HTML
 * @param themeId      null when the article belongs to no theme, like the theme's slug and name
 * @param translations the slugs of the language versions of the same article that visitors can read
 * @param heroImage    its article-size image with the alt text in this language; null when it has none
 * @param attachments  the documents this language version lists, in order
 * @param changeNotes  what changed in it since it was published, as its readers are told, newest first
 * @param withdrawal   why it was withdrawn, for the banner over it; null while it is published
 */
public record ArticlePage(
        long articleId,
        Language language,
        String slug,
        String title,
        String teaser,
        String bodyHtml,
        LocalDate publicationDate,
        @Nullable Long themeId,
        @Nullable String themeSlug,
        @Nullable String themeName,
        long views,
        Map<Language, String> translations,
        @Nullable HeroImage heroImage,
        List<Attachment> attachments,
        List<PublicChangeNote> changeNotes,
        @Nullable Withdrawal withdrawal) {

    public ArticlePage {
        attachments = List.copyOf(attachments);
        changeNotes = List.copyOf(changeNotes);
    }

    /** When it last changed for its readers (a correction or an update); empty when it never did. */
    public Optional<Instant> updatedAt() {
        return changeNotes.stream().map(PublicChangeNote::notedAt).max(Instant::compareTo);
    }

    public ArticlePage withViews(long views) {
        return new ArticlePage(
                articleId,
                language,
                slug,
                title,
                teaser,
                bodyHtml,
                publicationDate,
                themeId,
                themeSlug,
                themeName,
                views,
                translations,
                heroImage,
                attachments,
                changeNotes,
                withdrawal);
    }
}
