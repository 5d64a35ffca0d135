-- One counter that every change of what the public site shows (publish, edit of a published version, a schedule
-- going live, archive, delete, themes, timelines, images) raises in its own transaction. Each application
-- instance keeps the first responses of public pages in memory and polls this row, so that it forgets them as
-- soon as any instance changed the content.
CREATE TABLE content_change (
    id         TINYINT      NOT NULL,
    version    BIGINT       NOT NULL,
    changed_at DATETIME(3)  NOT NULL, -- UTC, like every moment (V9)
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO content_change (id, version, changed_at) VALUES (1, 0, UTC_TIMESTAMP(3));
