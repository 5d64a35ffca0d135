-- Preview links (issue 14): one language version shown to someone without an account (a press office, an expert)
-- at an address with an unguessable token. Only the token's SHA-256 is kept, so that a copy of the database opens
-- no preview; the address itself is shown once, to the staff member who made it.
CREATE TABLE preview_link (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    article_id     BIGINT      NOT NULL,
    lang           CHAR(2)     NOT NULL,
    token_hash     CHAR(64)    NOT NULL, -- hex of the SHA-256 of the token in the address
    created_by     VARCHAR(64) NOT NULL,
    created_at     DATETIME(3) NOT NULL, -- UTC, like every moment (V9)
    expires_at     DATETIME(3) NOT NULL,
    revoked_by     VARCHAR(64) NULL,
    revoked_at     DATETIME(3) NULL,
    open_count     INT         NOT NULL DEFAULT 0,
    last_opened_at DATETIME(3) NULL,
    comment_count  INT         NOT NULL DEFAULT 0, -- capped per link (previewlink.PreviewLinks.MAX_COMMENTS)
    CONSTRAINT fk_preview_link_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE,
    CONSTRAINT ck_preview_link_lang CHECK (lang IN ('nl', 'fr', 'en', 'de'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE UNIQUE INDEX ux_preview_link_token ON preview_link (token_hash);
CREATE INDEX ix_preview_link_version ON preview_link (article_id, lang, id);

-- What a reviewer outside leaves through a preview link lands in the article's internal notes, under the name they
-- gave (which is no account's, whatever it says).
ALTER TABLE article_note DROP CONSTRAINT ck_article_note_kind;
ALTER TABLE article_note
    ADD CONSTRAINT ck_article_note_kind CHECK (kind IN ('NOTE', 'SENT_BACK', 'WITHOUT_REVIEW', 'OUTSIDE_COMMENT'));
