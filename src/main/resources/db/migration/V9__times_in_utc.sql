-- Moments are stored as DATETIME(3) holding UTC; the application reads and writes them as Instant
-- (base.db.UtcInstantConverter) and shows and takes them in the site's zone (newsdesk.time-zone).
--
-- Why DATETIME and not TIMESTAMP: a TIMESTAMP converts every value from and to the connection's session
-- time_zone (by default the database host's zone), so what the application reads depends on a setting outside
-- it, and in a zone with summer time one hour a year cannot be told apart. Its range also ends on 2038-01-19,
-- too soon for a schedule or an archive on MariaDB 10.11. A DATETIME stores what it is given, and its defaults
-- below are UTC whatever the session zone.
--
-- Turning a TIMESTAMP into a DATETIME keeps the date and time the connection saw, i.e. the local time the
-- application wrote. V10 then moves those local times to UTC.

-- Who has an article open is renewed every few seconds; nobody is still editing across an upgrade.
DELETE FROM article_presence;

ALTER TABLE user_account
    MODIFY locked_until DATETIME(3) NULL,
    MODIFY created_at   DATETIME(3) NOT NULL DEFAULT UTC_TIMESTAMP(3);
ALTER TABLE theme
    MODIFY created_at DATETIME(3) NOT NULL DEFAULT UTC_TIMESTAMP(3);
ALTER TABLE image
    MODIFY created_at DATETIME(3) NOT NULL DEFAULT UTC_TIMESTAMP(3);
ALTER TABLE article
    MODIFY created_at DATETIME(3) NOT NULL DEFAULT UTC_TIMESTAMP(3),
    MODIFY updated_at DATETIME(3) NOT NULL DEFAULT UTC_TIMESTAMP(3);
ALTER TABLE article_translation
    MODIFY publish_at   DATETIME(3) NULL,
    MODIFY published_at DATETIME(3) NULL,
    MODIFY updated_at   DATETIME(3) NOT NULL DEFAULT UTC_TIMESTAMP(3);
ALTER TABLE article_revision
    MODIFY publish_at DATETIME(3) NULL,
    MODIFY created_at DATETIME(3) NOT NULL DEFAULT UTC_TIMESTAMP(3);
ALTER TABLE audit_event
    MODIFY occurred_at DATETIME(3) NOT NULL DEFAULT UTC_TIMESTAMP(3);
ALTER TABLE article_presence
    MODIFY seen_at DATETIME(3) NOT NULL;
