-- Views per day (issue 15): the start page's most read articles of the last 7 and 30 days and its chart of views
-- over time. Filled by the same batched flush as the totals; a day is the site's (newsdesk.time-zone), and the views
-- of a flush count for the day it runs on.
CREATE TABLE article_daily_view_count (
    article_id BIGINT  NOT NULL,
    lang       CHAR(2) NOT NULL,
    day        DATE    NOT NULL,
    views      BIGINT  NOT NULL,
    PRIMARY KEY (article_id, lang, day),
    CONSTRAINT fk_article_daily_view_count_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE,
    CONSTRAINT ck_article_daily_view_count_lang CHECK (lang IN ('nl', 'fr', 'en', 'de'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The start page reads a window of days across all articles.
CREATE INDEX ix_article_daily_view_count_day ON article_daily_view_count (day, article_id);
