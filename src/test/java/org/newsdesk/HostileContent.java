package org.newsdesk;

import static org.newsdesk.jooq.Tables.USER_ACCOUNT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.jooq.DSLContext;
import org.newsdesk.audit.AuditLog;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.base.text.Slugs;
import org.newsdesk.editorial.ArticleDraft;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.editorial.HeroImageDraft;
import org.newsdesk.editorial.VersionDraft;
import org.newsdesk.media.MediaService;
import org.newsdesk.media.TestImages;
import org.newsdesk.security.Role;
import org.newsdesk.theme.ThemeAdministration;
import org.newsdesk.theme.ThemeDraft;
import org.newsdesk.theme.ThemeNames;
import org.newsdesk.theme.TimelineEditing;
import org.newsdesk.theme.TimelineEntryDraft;

/**
 * Every field a person can fill, filled with the {@link XssCorpus}: themes whose names and descriptions, articles whose
 * titles, slugs (made from those titles, as the editor makes them), teasers, bodies and alt texts, timeline texts,
 * staff display names and audited sign-in usernames are attack vectors. The vectors are packed as long as each field
 * allows, a pack per language and place: the {@link #articles()} articles hold the whole corpus in their titles,
 * teasers and alt texts, the {@link #themes()} themes in their names; the first article's bodies, the first theme's
 * description and its timeline hold all of it in every language. Written through the services (as an editor and an
 * administrator would), each article saved twice so that its revisions differ, and removed again by {@link #close()}.
 */
public final class HostileContent implements AutoCloseable {

    /** Titles and alt texts allow 300 characters. */
    private static final int PACK = 300;
    /** Theme names allow 200 characters. */
    private static final int THEME_PACK = 200;
    /** Timeline texts allow 2,000 characters. */
    private static final int TIMELINE_PACK = 2000;
    /** Display names allow 128 characters. */
    private static final int NAME_PACK = 128;
    /** The address the audited sign-in attempts came from. */
    public static final String ATTACKER_ADDRESS = "198.51.100.66";

    private final EditorialService editorial;
    private final ThemeAdministration themes;
    private final DSLContext dsl;
    private final String batch = UUID.randomUUID().toString().substring(0, 8);
    private final List<Long> themeIds = new ArrayList<>();
    private final List<ArticleDraft> articles = new ArrayList<>();
    private final Map<Long, Map<Language, String>> slugs = new java.util.HashMap<>();
    private final Map<Long, Map<Language, String>> themeSlugs = new java.util.HashMap<>();
    private final List<String> usernames = new ArrayList<>();

    private HostileContent(EditorialService editorial, ThemeAdministration themes, DSLContext dsl) {
        this.editorial = editorial;
        this.themes = themes;
        this.dsl = dsl;
    }

    public static HostileContent write(
            EditorialService editorial,
            ThemeAdministration themes,
            TimelineEditing timeline,
            MediaService media,
            AuditLog audit,
            DSLContext dsl,
            String accountPasswordHash) {
        var content = new HostileContent(editorial, themes, dsl);
        SignedInEditor.during(() -> {
            content.writeThemesAndArticles(timeline, media);
            return null;
        });
        content.writeAccountsAndAudit(audit, accountPasswordHash);
        return content;
    }

    /** How many articles the packs of titles take. */
    public static int articles() {
        return inLanguages(XssCorpus.packedInto(PACK).size());
    }

    /** How many themes the packs of names take. */
    public static int themes() {
        return inLanguages(XssCorpus.packedInto(THEME_PACK).size());
    }

    private static int inLanguages(int packs) {
        return (packs + Language.values().length - 1) / Language.values().length;
    }

    /** The pack of this place: every language of every article or theme a pack of its own. */
    private static String pack(List<String> packs, int index, Language language) {
        return packs.get((index * Language.values().length + language.ordinal()) % packs.size());
    }

    private void writeThemesAndArticles(TimelineEditing timeline, MediaService media) {
        var themePacks = XssCorpus.packedInto(THEME_PACK);
        for (var index = 0; index < themes(); index++) {
            var names = new EnumMap<Language, ThemeNames>(Language.class);
            for (var language : Language.values()) {
                var name = pack(themePacks, index, language);
                var description = index == 0 ? XssCorpus.asParagraphs() : name;
                names.put(language, new ThemeNames(name, "theme-" + slugOf(name, index, language), description));
            }
            var themeId = themes.save(new ThemeDraft(null, names)).themeId();
            themeIds.add(themeId);
            themeSlugs.put(themeId, slugsOf(names, ThemeNames::slug));
        }
        var packs = XssCorpus.packedInto(PACK);
        var image = media.upload(TestImages.png(800, 450), XssCorpus.vectors().getFirst() + ".png");
        for (var index = 0; index < articles(); index++) {
            var versions = new EnumMap<Language, VersionDraft>(Language.class);
            var altTexts = new EnumMap<Language, String>(Language.class);
            for (var language : Language.values()) {
                var pack = pack(packs, index, language);
                // The first article's bodies hold the whole corpus, the others' their title's pack. Saving takes unsafe
                // HTML out of a body; a paragraph of text keeps one of nothing but vectors from becoming empty.
                var body = "A hostile text.\n\n" + (index == 0 ? XssCorpus.asParagraphs() : pack);
                versions.put(
                        language,
                        new VersionDraft(
                                pack, slugOf(pack, index, language), pack, body, PublicationStatus.PUBLISHED, null));
                altTexts.put(language, pack);
            }
            var themeId = themeIds.get(index % themeIds.size());
            var saved = editorial.save(new ArticleDraft(
                    null, 0, themeId, LocalDate.now(), versions, null, new HeroImageDraft(image.imageId(), altTexts)));
            // A second save, with the paragraphs in the opposite order, gives the revisions a difference to show.
            var reordered = new EnumMap<Language, VersionDraft>(Language.class);
            saved.versions()
                    .forEach((language, version) -> reordered.put(
                            language,
                            new VersionDraft(
                                    version.title(),
                                    version.slug(),
                                    version.teaser(),
                                    String.join(
                                            "\n\n",
                                            List.of(version.body().split("\n\n"))
                                                    .reversed()),
                                    version.status(),
                                    null)));
            var resaved = editorial.save(new ArticleDraft(
                    saved.articleId(),
                    saved.version(),
                    themeId,
                    saved.publicationDate(),
                    reordered,
                    null,
                    saved.heroImage()));
            articles.add(resaved);
            slugs.put(resaved.savedArticleId(), slugsOf(versions, VersionDraft::slug));
        }
        var timelinePacks = XssCorpus.packedInto(TIMELINE_PACK);
        for (var entry = 0; entry < timelinePacks.size(); entry++) {
            var texts = new EnumMap<Language, String>(Language.class);
            for (var language : Language.values()) {
                texts.put(language, timelinePacks.get(entry));
            }
            timeline.save(new TimelineEntryDraft(
                    null,
                    0,
                    themeIds.getFirst(),
                    2000 + entry,
                    null,
                    texts,
                    entry == 0 ? articles.getFirst().savedArticleId() : null));
        }
    }

    private static <T> Map<Language, String> slugsOf(Map<Language, T> byLanguage, Function<T, String> slug) {
        var slugs = new EnumMap<Language, String>(Language.class);
        byLanguage.forEach((language, value) -> slugs.put(language, slug.apply(value)));
        return slugs;
    }

    /** What the editor makes of such a title, made unique to this batch and place. */
    private String slugOf(String title, int group, Language language) {
        var folded = Slugs.fromTitle(title);
        var prefix = folded.substring(0, Math.min(folded.length(), 120)).replaceAll("-+$", "");
        return (prefix.isEmpty() ? "" : prefix + "-") + batch + "-" + group + "-" + language.code();
    }

    private void writeAccountsAndAudit(AuditLog audit, String passwordHash) {
        var names = XssCorpus.packedInto(NAME_PACK);
        for (var index = 0; index < names.size(); index++) {
            var username = "xss-" + batch + "-" + index;
            TestAccounts.create(dsl, username, names.get(index), passwordHash, Role.EDITOR);
            usernames.add(username);
        }
        // A failed sign-in audits the username as typed: any text at all.
        XssCorpus.packedInto(PACK)
                .forEach(typed ->
                        audit.recordAs(null, ATTACKER_ADDRESS, "SIGN_IN_FAILED", typed, "bad credentials " + typed));
    }

    public List<Long> themeIds() {
        return List.copyOf(themeIds);
    }

    public List<Long> articleIds() {
        return articles.stream().map(ArticleDraft::savedArticleId).toList();
    }

    public String articleSlug(long articleId, Language language) {
        return slugs.get(articleId).get(language);
    }

    public String themeSlug(long themeId, Language language) {
        return themeSlugs.get(themeId).get(language);
    }

    /** Usernames of staff accounts whose display names carry the corpus; they have the password given. */
    public List<String> usernames() {
        return List.copyOf(usernames);
    }

    @Override
    public void close() {
        SignedInEditor.during(() -> {
            for (var article : articles) {
                editorial
                        .load(article.savedArticleId())
                        .ifPresent(current -> editorial.delete(current.savedArticleId(), current.version()));
            }
            themeIds.forEach(themes::delete);
            return null;
        });
        dsl.deleteFrom(USER_ACCOUNT).where(USER_ACCOUNT.USERNAME.in(usernames)).execute();
    }
}
