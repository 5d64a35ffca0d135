-- Taking a published version down honestly (issue 14). Withdrawn: it stays at its address with a dated banner
-- saying why, out of the grid, the feeds, the search and the sitemap. Unpublished: its address answers 410 Gone, or
-- 301 to a page the editor chose. Both keep the text, so that staff can put the version back as it was.
ALTER TABLE article_translation DROP CONSTRAINT ck_article_translation_status;
ALTER TABLE article_translation
    ADD CONSTRAINT ck_article_translation_status
        CHECK (status IN ('DRAFT', 'IN_REVIEW', 'SCHEDULED', 'PUBLISHED', 'WITHDRAWN', 'UNPUBLISHED', 'ARCHIVED'));
-- Taking a version down or putting it back changes its state, not its text, nor who wrote it last.
ALTER TABLE article_revision DROP CONSTRAINT ck_article_revision_kind;
ALTER TABLE article_revision
    ADD CONSTRAINT ck_article_revision_kind CHECK (kind IN ('SAVED', 'CONFIRMED', 'REVIEWED', 'TAKEN_DOWN'));

-- One row per version that is withdrawn or unpublished now; putting it back removes the row.
CREATE TABLE article_takedown (
    article_id    BIGINT       NOT NULL,
    lang          CHAR(2)      NOT NULL,
    reason        VARCHAR(300) NULL, -- a withdrawn version's banner, in its language; null once unpublished
    redirect_to   VARCHAR(500) NULL, -- where an unpublished version's address leads (301); null: 410 Gone
    taken_down_at DATETIME(3)  NOT NULL, -- UTC
    taken_down_by VARCHAR(64)  NOT NULL,
    PRIMARY KEY (article_id, lang),
    CONSTRAINT fk_article_takedown_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE,
    CONSTRAINT ck_article_takedown_lang CHECK (lang IN ('nl', 'fr', 'en', 'de'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
