-- Public change notes (issue 14): when a published version changes in more than a typo, its editor says what changed,
-- and readers see it under the article with its date, in that version's language. Kept with the version.
CREATE TABLE article_change_note (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    article_id BIGINT       NOT NULL,
    lang       CHAR(2)      NOT NULL,
    kind       VARCHAR(16)  NOT NULL, -- corrections.ChangeKind: a correction of something wrong, or an update
    text       VARCHAR(300) NOT NULL,
    noted_by   VARCHAR(64)  NOT NULL,
    noted_at   DATETIME(3)  NOT NULL, -- UTC, like every moment (V9)
    CONSTRAINT fk_article_change_note_version FOREIGN KEY (article_id, lang)
        REFERENCES article_translation (article_id, lang) ON DELETE CASCADE,
    CONSTRAINT ck_article_change_note_kind CHECK (kind IN ('CORRECTION', 'UPDATE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_article_change_note_version ON article_change_note (article_id, lang, id);
