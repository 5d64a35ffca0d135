-- Addresses that never break. A published version's old slug keeps leading to the article (by its id, so that a
-- chain of renames answers with one hop to the current slug); a slug taken again by any version stops being an
-- old one. Legacy redirects lead old paths (an earlier site's) to an article's language version, which follows
-- its renames, or to any path of the site, and count how often they were used.
CREATE TABLE old_slug (
    lang       CHAR(2)      NOT NULL,
    slug       VARCHAR(200) NOT NULL,
    article_id BIGINT       NOT NULL,
    retired_at DATETIME(3)  NOT NULL, -- UTC
    PRIMARY KEY (lang, slug),
    CONSTRAINT fk_old_slug_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE,
    CONSTRAINT ck_old_slug_lang CHECK (lang IN ('nl', 'fr', 'en', 'de'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_old_slug_article ON old_slug (article_id);

-- The path is compared byte for byte (an old site's paths are case-sensitive), hence its binary collation.
CREATE TABLE legacy_redirect (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    path         VARCHAR(500) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    article_id   BIGINT       NULL,
    lang         CHAR(2)      NULL,
    target_path  VARCHAR(500) NULL,
    hits         BIGINT       NOT NULL DEFAULT 0,
    last_hit_at  DATETIME(3)  NULL, -- UTC
    created_by   VARCHAR(64)  NOT NULL,
    created_at   DATETIME(3)  NOT NULL, -- UTC
    CONSTRAINT uq_legacy_redirect_path UNIQUE (path),
    CONSTRAINT fk_legacy_redirect_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE,
    CONSTRAINT ck_legacy_redirect_lang CHECK (lang IN ('nl', 'fr', 'en', 'de')),
    CONSTRAINT ck_legacy_redirect_target CHECK ((article_id IS NULL) = (lang IS NULL)
        AND (article_id IS NULL) <> (target_path IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
