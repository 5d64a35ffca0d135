package org.newsdesk.media;

import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.selectOne;
import static org.newsdesk.jooq.Tables.ARTICLE;
import static org.newsdesk.jooq.Tables.ARTICLE_TRANSLATION;
import static org.newsdesk.jooq.Tables.IMAGE;
import static org.newsdesk.jooq.Tables.IMAGE_VARIANT;

import java.time.Instant;
import java.util.Optional;

import org.jooq.DSLContext;
import org.newsdesk.base.PublicationStatus;
import org.springframework.stereotype.Repository;

/** Stores uploaded images with their variants, and reads variants back to serve them. */
@Repository
class MediaRepository {

    private final DSLContext dsl;

    MediaRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    long insert(ProcessedImage image) {
        var imageId = dsl.insertInto(IMAGE)
                .set(IMAGE.CONTENT_TYPE, image.format().contentType())
                .set(IMAGE.WIDTH, image.width())
                .set(IMAGE.HEIGHT, image.height())
                .set(IMAGE.BYTES, image.original())
                .returning(IMAGE.ID)
                .fetchSingle()
                .getId();
        for (var variant : image.variants()) {
            dsl.insertInto(IMAGE_VARIANT)
                    .set(IMAGE_VARIANT.IMAGE_ID, imageId)
                    .set(IMAGE_VARIANT.VARIANT, variant.variant().fileName())
                    .set(IMAGE_VARIANT.CONTENT_TYPE, variant.format().contentType())
                    .set(IMAGE_VARIANT.WIDTH, variant.width())
                    .set(IMAGE_VARIANT.HEIGHT, variant.height())
                    .set(IMAGE_VARIANT.BYTES, variant.bytes())
                    .execute();
        }
        return imageId;
    }

    Optional<StoredImage> find(long imageId) {
        return dsl.select(IMAGE_VARIANT.CONTENT_TYPE)
                .from(IMAGE_VARIANT)
                .where(IMAGE_VARIANT.IMAGE_ID.eq(imageId).and(IMAGE_VARIANT.VARIANT.eq(Variant.CARD.fileName())))
                .fetchOptional(IMAGE_VARIANT.CONTENT_TYPE)
                .flatMap(ImageFormat::ofContentType)
                .map(format -> new StoredImage(imageId, format));
    }

    Optional<ImageFile> findVariant(long imageId, Variant variant) {
        var onPublicPage = exists(selectOne()
                .from(ARTICLE)
                .join(ARTICLE_TRANSLATION)
                .on(ARTICLE_TRANSLATION.ARTICLE_ID.eq(ARTICLE.ID))
                .where(ARTICLE.HERO_IMAGE_ID
                        .eq(imageId)
                        .and(ARTICLE_TRANSLATION.STATUS.in(PublicationStatus.readable()))));
        return dsl.select(IMAGE_VARIANT.CONTENT_TYPE, IMAGE_VARIANT.BYTES, onPublicPage.as("on_public_page"))
                .from(IMAGE_VARIANT)
                .where(IMAGE_VARIANT.IMAGE_ID.eq(imageId).and(IMAGE_VARIANT.VARIANT.eq(variant.fileName())))
                .fetchOptional(row -> new ImageFile(
                        ImageFormat.ofContentType(row.value1()).orElseThrow(), row.value2(), row.value3()));
    }

    /** Removes an image that no article uses (any more); its variants and alt texts go with it. */
    /** @return how many uploads older than the given moment that no article uses were deleted */
    int deleteUnusedUploadedBefore(Instant moment) {
        return dsl.deleteFrom(IMAGE)
                .where(IMAGE.CREATED_AT
                        .lt(moment)
                        .andNotExists(selectOne().from(ARTICLE).where(ARTICLE.HERO_IMAGE_ID.eq(IMAGE.ID))))
                .execute();
    }

    void deleteIfUnused(long imageId) {
        dsl.deleteFrom(IMAGE)
                .where(IMAGE.ID
                        .eq(imageId)
                        .andNotExists(selectOne().from(ARTICLE).where(ARTICLE.HERO_IMAGE_ID.eq(imageId))))
                .execute();
    }
}
