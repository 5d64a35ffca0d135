-- Newsdesk foundation schema.
-- An article is a language-neutral group (date, theme, image) with one version per language (nl, fr, en, de);
-- each version has its own title, slug, teaser, body and workflow status. Themes and timeline entries follow
-- the same pattern. Tables that editors write carry a `version` column for optimistic locking.

CREATE TABLE user_account (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(128) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_logins INT          NOT NULL DEFAULT 0,
    locked_until  TIMESTAMP(3) NULL,
    created_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version       INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_user_account_username UNIQUE (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(16) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT ck_user_role_role CHECK (role IN ('EDITOR', 'ADMIN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE theme (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version    INT          NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE theme_translation (
    theme_id    BIGINT       NOT NULL,
    lang        CHAR(2)      NOT NULL,
    name        VARCHAR(200) NOT NULL,
    slug        VARCHAR(200) NOT NULL,
    description TEXT         NULL,
    PRIMARY KEY (theme_id, lang),
    CONSTRAINT uq_theme_translation_slug UNIQUE (lang, slug),
    CONSTRAINT fk_theme_translation_theme FOREIGN KEY (theme_id) REFERENCES theme (id) ON DELETE CASCADE,
    CONSTRAINT ck_theme_translation_lang CHECK (lang IN ('nl', 'fr', 'en', 'de'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Uploaded images (hero images); scaled variants come with the media feature.
CREATE TABLE image (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    content_type VARCHAR(32)  NOT NULL,
    width        INT          NOT NULL,
    height       INT          NOT NULL,
    bytes        MEDIUMBLOB   NOT NULL,
    created_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT ck_image_content_type CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE image_alt_text (
    image_id BIGINT       NOT NULL,
    lang     CHAR(2)      NOT NULL,
    alt_text VARCHAR(300) NOT NULL,
    PRIMARY KEY (image_id, lang),
    CONSTRAINT fk_image_alt_text_image FOREIGN KEY (image_id) REFERENCES image (id) ON DELETE CASCADE,
    CONSTRAINT ck_image_alt_text_lang CHECK (lang IN ('nl', 'fr', 'en', 'de'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE article (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    theme_id         BIGINT       NULL,
    hero_image_id    BIGINT       NULL,
    publication_date DATE         NOT NULL,
    created_by       BIGINT       NULL,
    created_at       TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at       TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version          INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_article_theme FOREIGN KEY (theme_id) REFERENCES theme (id),
    CONSTRAINT fk_article_hero_image FOREIGN KEY (hero_image_id) REFERENCES image (id) ON DELETE SET NULL,
    CONSTRAINT fk_article_created_by FOREIGN KEY (created_by) REFERENCES user_account (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_article_publication_date ON article (publication_date, id);
CREATE INDEX ix_article_theme ON article (theme_id, publication_date);

CREATE TABLE article_translation (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    article_id   BIGINT        NOT NULL,
    lang         CHAR(2)       NOT NULL,
    title        VARCHAR(300)  NOT NULL,
    slug         VARCHAR(200)  NOT NULL,
    teaser       VARCHAR(1000) NOT NULL DEFAULT '',
    body         MEDIUMTEXT    NOT NULL,
    status       VARCHAR(16)   NOT NULL DEFAULT 'DRAFT',
    publish_at   TIMESTAMP(3)  NULL,
    published_at TIMESTAMP(3)  NULL,
    updated_at   TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version      INT           NOT NULL DEFAULT 0,
    CONSTRAINT uq_article_translation_lang UNIQUE (article_id, lang),
    CONSTRAINT uq_article_translation_slug UNIQUE (lang, slug),
    CONSTRAINT fk_article_translation_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE,
    CONSTRAINT ck_article_translation_lang CHECK (lang IN ('nl', 'fr', 'en', 'de')),
    CONSTRAINT ck_article_translation_status CHECK (status IN ('DRAFT', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_article_translation_listing ON article_translation (lang, status, article_id);
CREATE INDEX ix_article_translation_schedule ON article_translation (status, publish_at);
CREATE FULLTEXT INDEX ft_article_translation_text ON article_translation (title, teaser, body);

-- Kept apart from `article` so that counting views never touches the row editors lock and version.
CREATE TABLE article_view_count (
    article_id BIGINT NOT NULL PRIMARY KEY,
    views      BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_article_view_count_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The yearly action timeline of a theme: "In 2021 ... In 2019 ...".
CREATE TABLE timeline_entry (
    id         BIGINT   NOT NULL AUTO_INCREMENT PRIMARY KEY,
    theme_id   BIGINT   NOT NULL,
    year       SMALLINT NOT NULL,
    entry_date DATE     NULL,
    position   INT      NOT NULL DEFAULT 0,
    article_id BIGINT   NULL,
    version    INT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_timeline_entry_theme FOREIGN KEY (theme_id) REFERENCES theme (id) ON DELETE CASCADE,
    CONSTRAINT fk_timeline_entry_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE SET NULL,
    CONSTRAINT ck_timeline_entry_year CHECK (year BETWEEN 1900 AND 2999)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_timeline_entry_theme_year ON timeline_entry (theme_id, year, position);

CREATE TABLE timeline_entry_text (
    entry_id BIGINT  NOT NULL,
    lang     CHAR(2) NOT NULL,
    text     TEXT    NOT NULL,
    PRIMARY KEY (entry_id, lang),
    CONSTRAINT fk_timeline_entry_text_entry FOREIGN KEY (entry_id) REFERENCES timeline_entry (id) ON DELETE CASCADE,
    CONSTRAINT ck_timeline_entry_text_lang CHECK (lang IN ('nl', 'fr', 'en', 'de'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
