package org.newsdesk;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.editorial.ArticleDraft;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.editorial.VersionDraft;
import org.newsdesk.theme.ThemeAdministration;
import org.newsdesk.theme.ThemeDraft;
import org.newsdesk.theme.ThemeNames;
import org.newsdesk.theme.TimelineEditing;
import org.newsdesk.theme.TimelineEntryDraft;

/**
 * What most public pages show, made by a test for itself: a theme named in every language with a yearly timeline,
 * and an article under it published in Dutch and French (not in English or German). The timeline has an action
 * in {@link #LINKED_YEAR} that links to the article and one in {@link #UNLINKED_YEAR} that links to nothing, both
 * written in every language. Everything is written through the services as an editor writes it (the fixture signs
 * in as one for the moment it needs), with names of its own, and removed again by {@link #close()}.
 */
public final class PublishedStory implements AutoCloseable {

    public static final int LINKED_YEAR = 2021;
    public static final int UNLINKED_YEAR = 2016;
    public static final List<Language> PUBLISHED_IN = List.of(Language.NL, Language.FR);
    /** The article's body quotes, so that a test can find it on the page. */
    public static final String QUOTE = "Together we are stronger than each of us alone.";

    private final EditorialService editorial;
    private final ThemeAdministration themes;
    private final String batch = UUID.randomUUID().toString().substring(0, 8);
    private final LocalDate publicationDate;
    private long themeId;
    private ArticleDraft article;

    private PublishedStory(EditorialService editorial, ThemeAdministration themes, LocalDate publicationDate) {
        this.editorial = editorial;
        this.themes = themes;
        this.publicationDate = publicationDate;
    }

    public static PublishedStory publish(
            EditorialService editorial,
            ThemeAdministration themes,
            TimelineEditing timeline,
            LocalDate publicationDate) {
        var story = new PublishedStory(editorial, themes, publicationDate);
        SignedInEditor.during(() -> {
            story.write(timeline);
            return story;
        });
        return story;
    }

    private void write(TimelineEditing timeline) {
        var names = new EnumMap<Language, ThemeNames>(Language.class);
        for (var language : Language.values()) {
            names.put(language, new ThemeNames(themeName(language), themeSlug(language), "A theme a test made."));
        }
        themeId = themes.save(new ThemeDraft(null, names)).themeId();
        var versions = new EnumMap<Language, VersionDraft>(Language.class);
        for (var language : PUBLISHED_IN) {
            versions.put(
                    language,
                    new VersionDraft(
                            title(language),
                            slug(language),
                            "A story a test published.",
                            "> " + QUOTE + "\n\nThe rest of the story.",
                            PublicationStatus.PUBLISHED,
                            null));
        }
        article = editorial.save(new ArticleDraft(null, 0, themeId, publicationDate, versions, null, null));
        timeline.save(entry(LINKED_YEAR, "Signed", article.savedArticleId()));
        timeline.save(entry(UNLINKED_YEAR, "Started", null));
    }

    private TimelineEntryDraft entry(int year, String what, Long articleId) {
        var texts = new EnumMap<Language, String>(Language.class);
        for (var language : Language.values()) {
            texts.put(language, actionText(year, what, language));
        }
        return new TimelineEntryDraft(null, 0, themeId, year, null, texts, articleId);
    }

    public long themeId() {
        return themeId;
    }

    public String themeName(Language language) {
        return "Story theme " + batch + " " + language.code();
    }

    public String themeSlug(Language language) {
        return "story-theme-" + batch + "-" + language.code();
    }

    public long articleId() {
        return article.savedArticleId();
    }

    public LocalDate publicationDate() {
        return publicationDate;
    }

    public String title(Language language) {
        return "Story " + batch + " in " + language.code();
    }

    public String slug(Language language) {
        return "story-" + batch + "-" + language.code();
    }

    /** @param what "Signed" for the action linked to the article, "Started" for the other */
    public String actionText(int year, String what, Language language) {
        return what + " in " + year + ", story " + batch + " (" + language.code() + ")";
    }

    public Map<Language, String> slugs() {
        var slugs = new EnumMap<Language, String>(Language.class);
        PUBLISHED_IN.forEach(language -> slugs.put(language, slug(language)));
        return slugs;
    }

    @Override
    public void close() {
        SignedInEditor.during(() -> {
            if (article != null) {
                var stored = editorial.load(article.savedArticleId());
                stored.ifPresent(current -> editorial.delete(current.savedArticleId(), current.version()));
            }
            if (themeId != 0) {
                themes.delete(themeId);
            }
            return null;
        });
    }
}
