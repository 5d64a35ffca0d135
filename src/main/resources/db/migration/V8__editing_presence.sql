-- Who has an article open in the editor right now, so that others see it. Kept in the database rather than in
-- memory so that editors on different application instances see each other. An open editor renews its row
-- while it stays open; rows that stop being renewed count as gone.
CREATE TABLE article_presence (
    article_id BIGINT       NOT NULL,
    editor_key CHAR(36)     NOT NULL,
    username   VARCHAR(64)  NOT NULL,
    seen_at    TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (article_id, editor_key),
    CONSTRAINT fk_article_presence_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_article_presence_seen ON article_presence (seen_at);
