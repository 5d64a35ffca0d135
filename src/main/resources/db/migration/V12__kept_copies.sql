-- What an editor typed in the article editor and has not saved yet, kept every few seconds so that a crash, a
-- closed tab or an ended session loses none of it. One copy per editor and article, and one per editor for the
-- new article not saved yet; each keep replaces it, a save or a discard removes it, and only its editor sees it.
-- The copy holds text only (title, slug, teaser, body per language), never a publication state.
CREATE TABLE kept_copy (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username     VARCHAR(64) NOT NULL,
    article_id   BIGINT      NULL, -- null: a new article, not saved yet
    -- One copy per editor and article, the new article included: a unique key treats nulls as all different.
    article_key  BIGINT AS (COALESCE(article_id, 0)) PERSISTENT,
    base_version INT         NOT NULL, -- the article version the editor was changing
    kept_at      DATETIME(3) NOT NULL, -- UTC, like every moment (V9)
    CONSTRAINT uq_kept_copy_editor_article UNIQUE (username, article_key),
    CONSTRAINT fk_kept_copy_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_kept_copy_kept_at ON kept_copy (kept_at);

-- TEXT columns, wider than the article's: a copy keeps whatever was typed, valid or not; a save checks it.
CREATE TABLE kept_copy_text (
    kept_copy_id BIGINT     NOT NULL,
    lang         CHAR(2)    NOT NULL,
    title        TEXT       NOT NULL,
    slug         TEXT       NOT NULL,
    teaser       TEXT       NOT NULL,
    body         MEDIUMTEXT NOT NULL,
    PRIMARY KEY (kept_copy_id, lang),
    CONSTRAINT fk_kept_copy_text_copy FOREIGN KEY (kept_copy_id) REFERENCES kept_copy (id) ON DELETE CASCADE,
    CONSTRAINT ck_kept_copy_text_lang CHECK (lang IN ('nl', 'fr', 'en', 'de'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
