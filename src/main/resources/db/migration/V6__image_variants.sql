-- The scaled versions of every uploaded image, made once at upload and served as they are: a news card, the
-- card for high-density screens and the article page. Re-encoded from pixels, so they carry no camera metadata.
CREATE TABLE image_variant (
    image_id     BIGINT      NOT NULL,
    variant      VARCHAR(16) NOT NULL,
    content_type VARCHAR(32) NOT NULL,
    width        INT         NOT NULL,
    height       INT         NOT NULL,
    bytes        MEDIUMBLOB  NOT NULL,
    PRIMARY KEY (image_id, variant),
    CONSTRAINT fk_image_variant_image FOREIGN KEY (image_id) REFERENCES image (id) ON DELETE CASCADE,
    CONSTRAINT ck_image_variant_variant CHECK (variant IN ('card', 'card-2x', 'article')),
    CONSTRAINT ck_image_variant_content_type CHECK (content_type IN ('image/jpeg', 'image/png'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
