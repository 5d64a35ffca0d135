package org.newsdesk.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsdesk.jooq.Tables.ARTICLE;
import static org.newsdesk.jooq.Tables.IMAGE;
import static org.newsdesk.jooq.Tables.IMAGE_VARIANT;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.newsdesk.base.Rejected;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** Storing uploads against a real MariaDB; every test's rows are rolled back. */
@SpringBootTest
@Transactional
@WithMockUser(username = "eva", roles = "EDITOR")
class MediaServiceTest {

    @Autowired
    MediaService media;

    @Autowired
    AbandonedUploadCleanup cleanup;

    @Autowired
    DSLContext dsl;

    @Test
    void anUploadIsStoredWithItsThreeVariants() {
        var stored = media.upload(TestImages.webp(1600, 900, Color.ORANGE), "sunset.webp");

        assertThat(stored.variantFormat()).isEqualTo(ImageFormat.JPEG);
        assertThat(dsl.fetchValue(IMAGE.CONTENT_TYPE, IMAGE.ID.eq(stored.imageId())))
                .isEqualTo("image/webp");
        assertThat(dsl.select(IMAGE_VARIANT.VARIANT, IMAGE_VARIANT.WIDTH)
                        .from(IMAGE_VARIANT)
                        .where(IMAGE_VARIANT.IMAGE_ID.eq(stored.imageId()))
                        .fetchMap(IMAGE_VARIANT.VARIANT, IMAGE_VARIANT.WIDTH))
                .containsEntry("card", 480)
                .containsEntry("card-2x", 960)
                .containsEntry("article", 1200);
        assertThat(media.file(stored.imageId(), Variant.CARD, true)).isPresent();
        assertThat(media.file(stored.imageId(), Variant.CARD, false))
                .as("on no published page yet")
                .isEmpty();
    }

    @Test
    void aRefusedUploadStoresNothing() {
        var images = dsl.fetchCount(IMAGE);
        var variants = dsl.fetchCount(IMAGE_VARIANT);

        assertThatThrownBy(() -> media.upload("just text".getBytes(StandardCharsets.UTF_8), "photo.jpg"))
                .isInstanceOf(Rejected.class);
        assertThatThrownBy(() -> media.upload(new byte[ImageProcessor.MAX_BYTES + 1], "huge.png"))
                .isInstanceOf(Rejected.class);

        assertThat(dsl.fetchCount(IMAGE)).isEqualTo(images);
        assertThat(dsl.fetchCount(IMAGE_VARIANT)).isEqualTo(variants);
    }

    @Test
    void anImageNoArticleUsesCanBeDiscarded() {
        var stored = media.upload(TestImages.png(200, 100), "unused.png");

        media.discardIfUnused(stored.imageId());

        assertThat(dsl.fetchExists(IMAGE, IMAGE.ID.eq(stored.imageId()))).isFalse();
    }

    @Test
    void uploadsNoArticleCameToUseAreDeletedAfterADayAndUsedOnesStay() {
        var abandoned = media.upload(TestImages.png(200, 100), "abandoned.png");
        var fresh = media.upload(TestImages.png(200, 100), "still-writing.png");
        var used = media.upload(TestImages.png(200, 100), "hero.png");
        var aDayAndAMinuteAgo =
                Instant.now().minus(AbandonedUploadCleanup.GRACE).minus(Duration.ofMinutes(1));
        dsl.update(IMAGE)
                .set(IMAGE.CREATED_AT, aDayAndAMinuteAgo)
                .where(IMAGE.ID.in(abandoned.imageId(), used.imageId()))
                .execute();
        dsl.insertInto(ARTICLE, ARTICLE.PUBLICATION_DATE, ARTICLE.HERO_IMAGE_ID)
                .values(LocalDate.of(2001, 1, 1), used.imageId())
                .execute();

        cleanup.deleteAbandonedUploads();

        assertThat(dsl.fetchExists(IMAGE, IMAGE.ID.eq(abandoned.imageId()))).isFalse();
        assertThat(dsl.fetchExists(IMAGE, IMAGE.ID.eq(fresh.imageId()))).isTrue();
        assertThat(dsl.fetchExists(IMAGE, IMAGE.ID.eq(used.imageId()))).isTrue();
    }

    @Test
    @WithAnonymousUser
    void onlyStaffUpload() {
        assertThatThrownBy(() -> media.upload(TestImages.png(20, 20), "x.png"))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
