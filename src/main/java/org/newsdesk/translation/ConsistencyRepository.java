package org.newsdesk.translation;

import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;
import static org.newsdesk.jooq.Tables.THEME_TRANSLATION;
import static org.newsdesk.jooq.Tables.TIMELINE_ENTRY;
import static org.newsdesk.jooq.Tables.TIMELINE_ENTRY_TEXT;

import java.util.List;

import org.jooq.DSLContext;
import org.newsdesk.base.Language;
import org.springframework.stereotype.Repository;

/** What the consistency checks read besides the article itself. */
@Repository
class ConsistencyRepository {

    private final DSLContext dsl;

    ConsistencyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The timeline entries that link to the article and have no text in the language, with their theme's name. */
    List<LinkedEntry> timelineEntriesWithoutText(long articleId, Language language) {
        return dsl.select(TIMELINE_ENTRY.YEAR, THEME_TRANSLATION.NAME)
                .from(TIMELINE_ENTRY)
                .leftJoin(THEME_TRANSLATION)
                .on(THEME_TRANSLATION.THEME_ID.eq(TIMELINE_ENTRY.THEME_ID).and(THEME_TRANSLATION.LANG.eq(language)))
                .where(TIMELINE_ENTRY.ARTICLE_ID.eq(articleId))
                .and(notExists(selectOne()
                        .from(TIMELINE_ENTRY_TEXT)
                        .where(TIMELINE_ENTRY_TEXT
                                .ENTRY_ID
                                .eq(TIMELINE_ENTRY.ID)
                                .and(TIMELINE_ENTRY_TEXT.LANG.eq(language)))))
                .orderBy(TIMELINE_ENTRY.YEAR.desc())
                .fetch(row -> new LinkedEntry(row.value1(), row.value2() == null ? "?" : row.value2()));
    }

    record LinkedEntry(int year, String themeName) {}
}
