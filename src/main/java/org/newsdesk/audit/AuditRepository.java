package org.newsdesk.audit;

import static org.newsdesk.jooq.Tables.AUDIT_EVENT;
import static org.newsdesk.jooq.Tables.USER_ACCOUNT;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.newsdesk.base.SiteTime;
import org.springframework.stereotype.Repository;

/** The stored audit trail. */
@Repository
class AuditRepository {

    private final DSLContext dsl;
    private final SiteTime siteTime;

    AuditRepository(DSLContext dsl, SiteTime siteTime) {
        this.dsl = dsl;
        this.siteTime = siteTime;
    }

    void insert(
            Instant occurredAt,
            @Nullable String actor,
            @Nullable String clientAddress,
            String action,
            String target,
            @Nullable String details) {

        dsl.insertInto(
                        AUDIT_EVENT,
                        AUDIT_EVENT.OCCURRED_AT,
                        AUDIT_EVENT.ACTOR,
                        AUDIT_EVENT.CLIENT_ADDRESS,
                        AUDIT_EVENT.ACTION,
                        AUDIT_EVENT.TARGET,
                        AUDIT_EVENT.DETAILS)
                .values(occurredAt, actor, clientAddress, action, target, details)
                .execute();
    }

    /** A page of matching events, newest first. */
    List<AuditEvent> find(AuditFilter filter, int offset, int limit) {
        return find(matching(filter), offset, limit);
    }

    private List<AuditEvent> find(Condition condition, int offset, int limit) {
        var actor = USER_ACCOUNT.as("actor_account");
        var target = USER_ACCOUNT.as("target_account");
        return dsl.select(AUDIT_EVENT.asterisk(), actor.DISPLAY_NAME, target.DISPLAY_NAME)
                .from(AUDIT_EVENT)
                .leftJoin(actor)
                .on(actor.USERNAME.eq(AUDIT_EVENT.ACTOR))
                .leftJoin(target)
                .on(target.USERNAME.eq(AUDIT_EVENT.TARGET))
                .where(condition)
                .orderBy(AUDIT_EVENT.OCCURRED_AT.desc(), AUDIT_EVENT.ID.desc())
                .limit(limit)
                .offset(offset)
                .fetch(row -> new AuditEvent(
                        row.get(AUDIT_EVENT.ID),
                        row.get(AUDIT_EVENT.OCCURRED_AT),
                        row.get(AUDIT_EVENT.ACTOR),
                        row.get(actor.DISPLAY_NAME),
                        row.get(AUDIT_EVENT.CLIENT_ADDRESS),
                        row.get(AUDIT_EVENT.ACTION),
                        row.get(AUDIT_EVENT.TARGET),
                        row.get(target.DISPLAY_NAME),
                        row.get(AUDIT_EVENT.DETAILS)));
    }

    /** Everything recorded about one article and its language versions, newest first. */
    List<AuditEvent> findAboutArticle(long articleId, int limit) {
        var article = "article " + articleId;
        return find(AUDIT_EVENT.TARGET.eq(article).or(AUDIT_EVENT.TARGET.like(article + " __")), 0, limit);
    }

    int count(AuditFilter filter) {
        return dsl.fetchCount(AUDIT_EVENT, matching(filter));
    }

    List<String> findActions() {
        return dsl.selectDistinct(AUDIT_EVENT.ACTION)
                .from(AUDIT_EVENT)
                .orderBy(AUDIT_EVENT.ACTION)
                .fetch(AUDIT_EVENT.ACTION);
    }

    /** The filter's days are days on the site's clocks. */
    private Condition matching(AuditFilter filter) {
        var conditions = new ArrayList<Condition>();
        if (filter.action() != null) {
            conditions.add(AUDIT_EVENT.ACTION.eq(filter.action()));
        }
        if (filter.actor() != null) {
            conditions.add(AUDIT_EVENT.ACTOR.eq(filter.actor()));
        }
        if (filter.from() != null) {
            conditions.add(AUDIT_EVENT.OCCURRED_AT.ge(
                    filter.from().atStartOfDay(siteTime.zone()).toInstant()));
        }
        if (filter.to() != null) {
            conditions.add(AUDIT_EVENT.OCCURRED_AT.lt(
                    filter.to().plusDays(1).atStartOfDay(siteTime.zone()).toInstant()));
        }
        return DSL.and(conditions);
    }
}
