-- Review by a second person (issue 14): a language version can wait IN_REVIEW between draft and published, and one
-- published without review names who did so until someone else has reviewed it afterwards (editorial.Review).
ALTER TABLE article_translation DROP CONSTRAINT ck_article_translation_status;
ALTER TABLE article_translation
    ADD CONSTRAINT ck_article_translation_status
        CHECK (status IN ('DRAFT', 'IN_REVIEW', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED'));
ALTER TABLE article_translation ADD COLUMN unreviewed_by VARCHAR(64) NULL;
-- Who wrote the version last (the author of its latest revision of kind SAVED), whom review never lets approve it.
ALTER TABLE article_translation ADD COLUMN last_author VARCHAR(64) NULL;
UPDATE article_translation t
SET last_author = (SELECT r.created_by
                   FROM article_revision r
                   WHERE r.article_id = t.article_id AND r.lang = t.lang AND r.kind = 'SAVED'
                   ORDER BY r.id DESC
                   LIMIT 1);
-- A reviewer's decision (approved, sent back) is a revision of its own: the text stays its author's.
ALTER TABLE article_revision DROP CONSTRAINT ck_article_revision_kind;
ALTER TABLE article_revision
    ADD CONSTRAINT ck_article_revision_kind CHECK (kind IN ('SAVED', 'CONFIRMED', 'REVIEWED'));

-- Internal notes on an article: questions, sign-offs, why a version went back to draft. Staff only, never on the
-- public site, and gone with their article.
CREATE TABLE article_note (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    article_id BIGINT        NOT NULL,
    lang       CHAR(2)       NULL,     -- the language version it concerns; null: the whole article
    written_by VARCHAR(64)   NOT NULL,
    written_at DATETIME(3)   NOT NULL, -- UTC, like every moment (V9)
    kind       VARCHAR(16)   NOT NULL DEFAULT 'NOTE', -- notes.NoteKind: a note, or why a version was sent back or
                                                   -- published without review
    text       VARCHAR(4000) NOT NULL,
    CONSTRAINT fk_article_note_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE,
    CONSTRAINT ck_article_note_kind CHECK (kind IN ('NOTE', 'SENT_BACK', 'WITHOUT_REVIEW')),
    CONSTRAINT ck_article_note_lang CHECK (lang IS NULL OR lang IN ('nl', 'fr', 'en', 'de'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_article_note_article ON article_note (article_id, id);
