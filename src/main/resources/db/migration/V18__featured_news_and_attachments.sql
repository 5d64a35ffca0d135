-- Featured news: per language, the articles editors pin to the top of the news grid (and, for the articles of a
-- theme, of that theme's page), in the editors' order, from a start to an optional end. Only a published version
-- is ever shown; the pin itself stays when the version is taken off the site, and shows again when it returns.
-- start_announced / end_announced let exactly one instance announce a window's boundary as a content change,
-- so that cached first responses follow the window without a restart (featured.FeaturedWindows).
CREATE TABLE featured_article (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    lang            CHAR(2)     NOT NULL,
    article_id      BIGINT      NOT NULL,
    position        INT         NOT NULL,
    starts_at       DATETIME(3) NOT NULL, -- UTC, like every moment (V9)
    ends_at         DATETIME(3) NULL,     -- UTC; null: until unpinned
    start_announced BOOLEAN     NOT NULL DEFAULT FALSE,
    end_announced   BOOLEAN     NOT NULL DEFAULT FALSE,
    pinned_by       VARCHAR(64) NOT NULL,
    pinned_at       DATETIME(3) NOT NULL, -- UTC
    CONSTRAINT uq_featured_article_version UNIQUE (lang, article_id),
    CONSTRAINT fk_featured_article_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE,
    CONSTRAINT ck_featured_article_lang CHECK (lang IN ('nl', 'fr', 'en', 'de')),
    CONSTRAINT ck_featured_article_window CHECK (ends_at IS NULL OR ends_at > starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_featured_article_order ON featured_article (lang, position);

-- Documents attached to language versions (PDF, ODT, DOCX, XLSX, CSV), checked by their content at upload. The
-- bytes are stored in parts smaller than the server's max_allowed_packet (16 MB by default), since a document may
-- be up to 25 MB; a stored document never changes. An upload that no version came to use is removed after a
-- grace period (attachment.UnusedDocumentCleanup).
CREATE TABLE document (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    content_type VARCHAR(100) NOT NULL,
    file_name    VARCHAR(200) NOT NULL, -- safe for a Content-Disposition header: see attachment.DocumentFileName
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    uploaded_by  VARCHAR(64)  NOT NULL,
    uploaded_at  DATETIME(3)  NOT NULL, -- UTC
    CONSTRAINT ck_document_content_type CHECK (content_type IN (
        'application/pdf',
        'application/vnd.oasis.opendocument.text',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'text/csv'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_document_uploaded_at ON document (uploaded_at);

CREATE TABLE document_part (
    document_id BIGINT     NOT NULL,
    part        INT        NOT NULL,
    bytes       MEDIUMBLOB NOT NULL,
    PRIMARY KEY (document_id, part),
    CONSTRAINT fk_document_part_document FOREIGN KEY (document_id) REFERENCES document (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A document as one language version lists it, with its title in that language, in the editors' order. The same
-- document may be attached to several versions, each with its own title.
CREATE TABLE article_attachment (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    article_id  BIGINT       NOT NULL,
    lang        CHAR(2)      NOT NULL,
    document_id BIGINT       NOT NULL,
    title       VARCHAR(300) NOT NULL,
    position    INT          NOT NULL,
    CONSTRAINT uq_article_attachment_document UNIQUE (article_id, lang, document_id),
    CONSTRAINT fk_article_attachment_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE,
    CONSTRAINT fk_article_attachment_document FOREIGN KEY (document_id) REFERENCES document (id),
    CONSTRAINT ck_article_attachment_lang CHECK (lang IN ('nl', 'fr', 'en', 'de'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_article_attachment_document ON article_attachment (document_id);
