package org.newsdesk.publiccontent;

import static org.newsdesk.jooq.Tables.CONTENT_CHANGE;

import java.time.Instant;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The one row that counts changes of the public site's content. */
@Repository
class ContentChangeRepository {

    private static final byte ROW = 1;

    private final DSLContext dsl;

    ContentChangeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * @return the counter as this change leaves it: the row stays locked until the transaction ends, so no other
     *     change can come between
     */
    long raise(Instant now) {
        dsl.update(CONTENT_CHANGE)
                .set(CONTENT_CHANGE.VERSION, CONTENT_CHANGE.VERSION.plus(1))
                .set(CONTENT_CHANGE.CHANGED_AT, now)
                .where(CONTENT_CHANGE.ID.eq(ROW))
                .execute();
        return version();
    }

    long version() {
        return dsl.select(CONTENT_CHANGE.VERSION)
                .from(CONTENT_CHANGE)
                .where(CONTENT_CHANGE.ID.eq(ROW))
                .fetchSingle()
                .value1();
    }
}
