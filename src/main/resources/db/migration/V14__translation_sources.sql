-- Which language version each translation was made from, so that a change to the source marks it outdated.
--
-- A language version with a source_lang is a translation of that language's version; source_revision_id is the
-- revision of the source it matches (the one it was last translated from or confirmed against), and
-- outdated_since says since when the source's title, teaser or body differ from that revision. The original
-- version of an article has no source. Every revision of a translation keeps its source revision too, and a
-- "still correct" confirmation is a revision of its own (kind CONFIRMED) with the text unchanged.
ALTER TABLE article_translation
    ADD COLUMN source_lang        CHAR(2)     NULL,
    ADD COLUMN source_revision_id BIGINT      NULL,
    ADD COLUMN outdated_since     DATETIME(3) NULL, -- UTC, like every moment (V9)
    ADD CONSTRAINT ck_article_translation_source_lang
        CHECK (source_lang IN ('nl', 'fr', 'en', 'de') AND source_lang <> lang),
    ADD CONSTRAINT fk_article_translation_source_revision
        FOREIGN KEY (source_revision_id) REFERENCES article_revision (id) ON DELETE SET NULL;

-- The translation overview lists the oldest outdated versions first.
CREATE INDEX ix_article_translation_outdated ON article_translation (outdated_since, lang);

ALTER TABLE article_revision
    ADD COLUMN kind               VARCHAR(16) NOT NULL DEFAULT 'SAVED',
    ADD COLUMN source_revision_id BIGINT      NULL,
    ADD CONSTRAINT ck_article_revision_kind CHECK (kind IN ('SAVED', 'CONFIRMED'));

-- Articles written before this: the language version created first is the original, the others were translated
-- from it and are taken to match its latest revision.
UPDATE article_translation translation
    JOIN (SELECT article_id, MIN(id) AS first_id FROM article_translation GROUP BY article_id) original
        ON original.article_id = translation.article_id AND original.first_id <> translation.id
    JOIN article_translation source ON source.id = original.first_id
SET translation.source_lang        = source.lang,
    translation.source_revision_id = (SELECT MAX(revision.id)
                                      FROM article_revision revision
                                      WHERE revision.article_id = source.article_id AND revision.lang = source.lang);
