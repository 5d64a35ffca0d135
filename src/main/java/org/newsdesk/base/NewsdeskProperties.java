package org.newsdesk.base;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Every setting of Newsdesk under {@code newsdesk.*}, with its default, checked once at start-up: a wrong value
 * stops the application with a message naming the property instead of misbehaving later. (The embedded
 * database's settings, {@code newsdesk.embedded-db.*}, are read before the application starts, by
 * {@code base.db}.)
 *
 * @param timeZone         the site's time zone: moments are stored in UTC and shown and entered in this zone, in
 *                         the back office and on the public site
 * @param publicUrl        the public site's absolute address (e.g. {@code https://news.example.org}) for feeds,
 *                         the sitemap and robots.txt; blank: the address of each request
 * @param admin            the first administrator, created at start-up when there is none
 * @param counting         how counted views reach the database
 * @param publishing       how scheduled versions are published
 * @param editing          how open editors see each other
 * @param search           how the search index catches up at start-up
 * @param anonymousSession how long visitors' sessions live
 * @param firstResponse    how public pages' first responses are cached
 * @param languages        which languages every article needs
 * @param featured         how many articles editors may pin to the top of the news
 * @param workflow         whether a second person reviews a version before it goes live
 * @param previewLinks     how long preview links for people without an account open their version
 */
@ConfigurationProperties("newsdesk")
public record NewsdeskProperties(
        @DefaultValue("Europe/Brussels") ZoneId timeZone,
        @DefaultValue("") String publicUrl,
        @DefaultValue Admin admin,
        @DefaultValue Counting counting,
        @DefaultValue Publishing publishing,
        @DefaultValue Editing editing,
        @DefaultValue Search search,
        @DefaultValue AnonymousSession anonymousSession,
        @DefaultValue FirstResponse firstResponse,
        @DefaultValue Languages languages,
        @DefaultValue Featured featured,
        @DefaultValue Workflow workflow,
        @DefaultValue PreviewLinks previewLinks) {

    /** The bean in SpEL, for annotations that take an expression (such as {@code @Scheduled}). */
    public static final String BEAN = "@'newsdesk-org.newsdesk.base.NewsdeskProperties'";

    /**
     * @param username the administrator's username (also their display name until they change it)
     * @param password the initial password, 12 to 128 characters and not a common one
     */
    public record Admin(
            @DefaultValue("") String username,
            @DefaultValue("") String password) {

        public Admin {
            username = username.strip();
        }
    }

    /** @param flushInterval how often counted views are written to the database in one batch (and at shutdown) */
    public record Counting(@DefaultValue("5s") Duration flushInterval) {

        public Counting {
            positive("newsdesk.counting.flush-interval", flushInterval);
        }
    }

    /** @param checkInterval how often scheduled versions whose time has come are published */
    public record Publishing(@DefaultValue("30s") Duration checkInterval) {

        public Publishing {
            positive("newsdesk.publishing.check-interval", checkInterval);
        }
    }

    /**
     * @param presenceInterval how often an open editor checks in; one that missed three check-ins counts as gone.
     *                         At each check-in the editor also keeps a copy of its unsaved changes
     * @param keptCopyLifetime how long a kept copy of unsaved changes waits for its editor to come back before it
     *                         is removed
     */
    public record Editing(
            @DefaultValue("10s") Duration presenceInterval,
            @DefaultValue("7d") Duration keptCopyLifetime) {

        public Editing {
            positive("newsdesk.editing.presence-interval", presenceInterval);
            positive("newsdesk.editing.kept-copy-lifetime", keptCopyLifetime);
        }
    }

    /**
     * @param startUpIndexingLimit up to this many unindexed versions are indexed before start-up completes; a
     *                             larger backlog is indexed in the background
     */
    public record Search(@DefaultValue("2000") int startUpIndexingLimit) {

        public Search {
            if (startUpIndexingLimit < 0) {
                throw new IllegalArgumentException("newsdesk.search.start-up-indexing-limit must not be negative");
            }
        }
    }

    /**
     * @param grace       how long a visitor's session lasts after its last tab closed, or before any tab took it up
     * @param idleTimeout how long a visitor's session lasts when no open tab checked in (a tab that vanished)
     */
    public record AnonymousSession(
            @DefaultValue("60s") Duration grace,
            @DefaultValue("5m") Duration idleTimeout) {

        public AnonymousSession {
            positive("newsdesk.anonymous-session.grace", grace);
            positive("newsdesk.anonymous-session.idle-timeout", idleTimeout);
        }
    }

    /**
     * @param maxAge               how long a cached first response is kept in memory and may be kept by browsers,
     *                             proxies and CDNs; the view count it shows may lag by this much
     * @param staleWhileRevalidate how long after the max-age a proxy or CDN may still serve its copy while it fetches
     *                             a new one
     * @param cacheSize            memory for cached first responses (plain and gzipped); the least used go first
     * @param changePollInterval   how often an instance reads the content-change counter, to follow changes made on
     *                             another instance
     */
    public record FirstResponse(
            @DefaultValue("30s") Duration maxAge,
            @DefaultValue("30s") Duration staleWhileRevalidate,
            @DefaultValue("64MB") DataSize cacheSize,
            @DefaultValue("500ms") Duration changePollInterval) {

        public FirstResponse {
            positive("newsdesk.first-response.max-age", maxAge);
            positive("newsdesk.first-response.change-poll-interval", changePollInterval);
            if (staleWhileRevalidate == null || staleWhileRevalidate.isNegative()) {
                throw new IllegalArgumentException(
                        "newsdesk.first-response.stale-while-revalidate must not be " + "negative");
            }
            if (cacheSize == null || cacheSize.toBytes() <= 0) {
                throw new IllegalArgumentException("newsdesk.first-response.cache-size must be positive, such as 64MB");
            }
        }
    }

    /**
     * @param required the languages an article must have, each with a title and a text, before it is first
     *                 published or scheduled (e.g. {@code nl,fr}); empty: any one language will do
     */
    public record Languages(@DefaultValue Set<Language> required) {

        public Languages {
            required = required == null ? Set.of() : Set.copyOf(required);
        }
    }

    /**
     * @param maxPerLanguage how many articles may be pinned per language at once (pins whose window has ended do not
     *                       count)
     */
    public record Featured(@DefaultValue("3") int maxPerLanguage) {

        public Featured {
            if (maxPerLanguage < 1) {
                throw new IllegalArgumentException("newsdesk.featured.max-per-language must be at least 1");
            }
        }
    }

    /**
     * @param reviewRequired a version goes live only once someone other than its last author approved it; publishing
     *                       without review stays possible, with a reason, and marks the version until it is reviewed
     */
    public record Workflow(@DefaultValue("false") boolean reviewRequired) {}

    /**
     * @param validFor        how long a new preview link opens its version unless its maker chooses otherwise
     * @param longestValidFor the longest anyone may choose; both in whole days
     */
    public record PreviewLinks(
            @DefaultValue("7d") Duration validFor,
            @DefaultValue("30d") Duration longestValidFor) {

        public PreviewLinks {
            atLeastADay("newsdesk.preview-links.valid-for", validFor);
            atLeastADay("newsdesk.preview-links.longest-valid-for", longestValidFor);
            if (validFor.compareTo(longestValidFor) > 0) {
                throw new IllegalArgumentException(
                        "newsdesk.preview-links.valid-for must not be longer than newsdesk.preview-links.longest-valid-for");
            }
        }

        private static void atLeastADay(String property, Duration value) {
            if (value == null || value.toDays() < 1) {
                throw new IllegalArgumentException(property + " must be at least a day, such as 7d, not " + value);
            }
        }
    }

    private static void positive(String property, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(property + " must be a positive duration such as 30s, not " + value);
        }
    }
}
