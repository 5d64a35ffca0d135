package org.newsdesk.theme;

import static org.jooq.impl.DSL.noCondition;
import static org.newsdesk.jooq.Tables.ARTICLE;
import static org.newsdesk.jooq.Tables.THEME;
import static org.newsdesk.jooq.Tables.THEME_TRANSLATION;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;
import org.springframework.stereotype.Repository;

/** Writes themes and their names per language. */
@Repository
class ThemeEditingRepository {

    private final DSLContext dsl;

    ThemeEditingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<ThemeDraft> findAll() {
        return find(noCondition());
    }

    Optional<ThemeDraft> findById(long themeId) {
        return find(THEME.ID.eq(themeId)).stream().findFirst();
    }

    private List<ThemeDraft> find(Condition which) {
        var byTheme = new LinkedHashMap<Long, Map<Language, ThemeNames>>();
        dsl.select(THEME.ID)
                .from(THEME)
                .where(which)
                .orderBy(THEME.ID)
                .forEach(row -> byTheme.put(row.value1(), new EnumMap<>(Language.class)));
        dsl.selectFrom(THEME_TRANSLATION)
                .where(THEME_TRANSLATION.THEME_ID.in(byTheme.keySet()))
                .forEach(row -> byTheme.computeIfAbsent(row.getThemeId(), id -> new EnumMap<>(Language.class))
                        .put(
                                row.getLang(),
                                new ThemeNames(
                                        row.getName(),
                                        row.getSlug(),
                                        Objects.requireNonNullElse(row.getDescription(), ""))));

        return byTheme.entrySet().stream()
                .map(theme -> new ThemeDraft(theme.getKey(), theme.getValue()))
                .toList();
    }

    long insertTheme() {
        return dsl.insertInto(THEME)
                .defaultValues()
                .returning(THEME.ID)
                .fetchSingle()
                .getId();
    }

    boolean exists(long themeId) {
        return dsl.fetchExists(THEME, THEME.ID.eq(themeId));
    }

    void replaceNames(long themeId, Map<Language, ThemeNames> names) {
        dsl.deleteFrom(THEME_TRANSLATION)
                .where(THEME_TRANSLATION.THEME_ID.eq(themeId))
                .execute();
        names.forEach((language, theme) -> dsl.insertInto(THEME_TRANSLATION)
                .set(THEME_TRANSLATION.THEME_ID, themeId)
                .set(THEME_TRANSLATION.LANG, language)
                .set(THEME_TRANSLATION.NAME, theme.name())
                .set(THEME_TRANSLATION.SLUG, theme.slug())
                .set(THEME_TRANSLATION.DESCRIPTION, theme.description().isEmpty() ? null : theme.description())
                .execute());
        dsl.update(THEME)
                .set(THEME.VERSION, THEME.VERSION.plus(1))
                .where(THEME.ID.eq(themeId))
                .execute();
    }

    boolean slugTaken(Language language, String slug, @Nullable Long exceptThemeId) {
        var sameSlug = THEME_TRANSLATION.LANG.eq(language).and(THEME_TRANSLATION.SLUG.eq(slug));
        return dsl.fetchExists(
                THEME_TRANSLATION,
                exceptThemeId == null ? sameSlug : sameSlug.and(THEME_TRANSLATION.THEME_ID.ne(exceptThemeId)));
    }

    int countArticles(long themeId) {
        return dsl.fetchCount(ARTICLE, ARTICLE.THEME_ID.eq(themeId));
    }

    void delete(long themeId) {
        dsl.deleteFrom(THEME).where(THEME.ID.eq(themeId)).execute();
    }
}
