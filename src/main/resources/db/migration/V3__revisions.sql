-- Every save of a language version keeps a revision: who, when and what, so editors can compare and restore.
CREATE TABLE article_revision (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    article_id BIGINT        NOT NULL,
    lang       CHAR(2)       NOT NULL,
    title      VARCHAR(300)  NOT NULL,
    slug       VARCHAR(200)  NOT NULL,
    teaser     VARCHAR(1000) NOT NULL,
    body       MEDIUMTEXT    NOT NULL,
    status     VARCHAR(16)   NOT NULL,
    publish_at TIMESTAMP(3)  NULL,
    created_by VARCHAR(64)   NULL,
    created_at TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_article_revision_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_article_revision_version ON article_revision (article_id, lang, id);

-- Who last saved an article, shown when another editor's save conflicts with it.
ALTER TABLE article ADD COLUMN updated_by VARCHAR(64) NULL;
