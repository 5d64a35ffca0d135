-- Translators: staff limited to chosen languages. They edit only those language versions and never the fields
-- all versions share; the role alone gives no language, so a translator without languages can only read.
ALTER TABLE user_role DROP CONSTRAINT ck_user_role_role;
ALTER TABLE user_role ADD CONSTRAINT ck_user_role_role CHECK (role IN ('EDITOR', 'ADMIN', 'TRANSLATOR'));

CREATE TABLE user_language (
    user_id BIGINT  NOT NULL,
    lang    CHAR(2) NOT NULL,
    PRIMARY KEY (user_id, lang),
    CONSTRAINT fk_user_language_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT ck_user_language_lang CHECK (lang IN ('nl', 'fr', 'en', 'de'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Views per language version, counted from this migration on; article_view_count keeps the article's total,
-- which includes the views counted before languages were told apart. Apart from article_translation for the
-- same reason as that table: counting never touches the rows editors lock.
CREATE TABLE article_language_view_count (
    article_id BIGINT  NOT NULL,
    lang       CHAR(2) NOT NULL,
    views      BIGINT  NOT NULL DEFAULT 0,
    PRIMARY KEY (article_id, lang),
    CONSTRAINT fk_article_language_view_count_article
        FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
