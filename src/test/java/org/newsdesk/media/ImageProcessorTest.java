package org.newsdesk.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.newsdesk.base.Rejected;

/** The content check and the scaled variants, on images made in code. */
class ImageProcessorTest {

    @Test
    void jpegPngAndWebpAreAcceptedByTheirContent() {
        assertThat(ImageProcessor.process(TestImages.jpeg(640, 480)).format()).isEqualTo(ImageFormat.JPEG);
        assertThat(ImageProcessor.process(TestImages.png(640, 480)).format()).isEqualTo(ImageFormat.PNG);
        var webp = ImageProcessor.process(TestImages.webp(64, 48, new Color(0x2A9D8F)));

        assertThat(webp.format()).isEqualTo(ImageFormat.WEBP);
        assertThat(webp.width()).isEqualTo(64);
        var card = decode(variant(webp, Variant.CARD).bytes());
        assertThat(new Color(card.getRGB(10, 10))).satisfies(color -> {
            assertThat(color.getRed()).isBetween(0x2A - 4, 0x2A + 4);
            assertThat(color.getGreen()).isBetween(0x9D - 4, 0x9D + 4);
            assertThat(color.getBlue()).isBetween(0x8F - 4, 0x8F + 4);
        });
    }

    @Test
    void aTextFileNamedLikeAnImageIsRefused() {
        assertRefused("Not a picture at all, just words.".getBytes(StandardCharsets.UTF_8), "media.notAnImage");
    }

    @Test
    void gifAndSvgAreRefused() throws IOException {
        var gif = new ByteArrayOutputStream();
        ImageIO.write(TestImages.picture(40, 30, BufferedImage.TYPE_INT_RGB), "gif", gif);

        assertRefused(gif.toByteArray(), "media.notAnImage");
        assertRefused(
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                        .getBytes(StandardCharsets.UTF_8),
                "media.svg");
    }

    @Test
    void moreThanTenMegabytesIsRefused() {
        var png = TestImages.png(100, 100);
        var huge = Arrays.copyOf(png, ImageProcessor.MAX_BYTES + 1);

        assertRefused(huge, "media.tooLarge");
    }

    @Test
    void truncatedAndCorruptFilesAreRefused() {
        var jpeg = TestImages.jpeg(800, 600);
        var png = TestImages.png(800, 600);
        var corrupt = png.clone();
        for (var i = 60; i < corrupt.length - 20; i++) {
            corrupt[i] = (byte) (i * 31);
        }

        assertRefused(Arrays.copyOf(jpeg, jpeg.length / 2), "media.damaged");
        assertRefused(Arrays.copyOf(png, png.length / 2), "media.damaged");
        assertRefused(corrupt, "media.damaged");
        assertRefused(Arrays.copyOf(TestImages.webp(64, 48, Color.RED), 24), "media.damaged");
    }

    @Test
    void aSmallFileClaimingAHugeCanvasIsRefusedBeforeDecoding() {
        var png = TestImages.png(10, 10);
        // The IHDR chunk: width and height at bytes 16-23, its CRC over type and data at 29-32.
        ByteBuffer.wrap(png, 16, 8).putInt(60_000).putInt(60_000);
        var crc = new CRC32();
        crc.update(png, 12, 17);
        ByteBuffer.wrap(png, 29, 4).putInt((int) crc.getValue());

        assertRefused(png, "media.tooManyPixels");
    }

    @Test
    void variantsAreScaledToTheirWidthKeepingTheProportions() {
        var image = ImageProcessor.process(TestImages.png(3000, 2000));

        assertThat(image.variants()).extracting(EncodedVariant::variant).containsExactly(Variant.values());
        assertSize(variant(image, Variant.CARD), 480, 320);
        assertSize(variant(image, Variant.CARD_2X), 960, 640);
        assertSize(variant(image, Variant.ARTICLE), 1200, 800);
        assertThat(image.variants())
                .allSatisfy(each -> assertThat(each.format()).isEqualTo(ImageFormat.JPEG));
    }

    @Test
    void aSmallImageIsNeverEnlarged() {
        var image = ImageProcessor.process(TestImages.jpeg(300, 200));

        assertThat(image.variants()).allSatisfy(each -> assertSize(each, 300, 200));
    }

    @Test
    void transparencyKeepsPngAndOpaquePngBecomesJpeg() {
        var translucent = ImageProcessor.process(TestImages.translucentPng(600, 400));

        assertThat(translucent.variants())
                .allSatisfy(each -> assertThat(each.format()).isEqualTo(ImageFormat.PNG));
        assertThat(decode(variant(translucent, Variant.CARD).bytes()).getRGB(5, 5) >>> 24)
                .isZero();
        assertThat(variant(ImageProcessor.process(TestImages.png(600, 400)), Variant.CARD)
                        .format())
                .isEqualTo(ImageFormat.JPEG);
    }

    @Test
    void cameraMetadataIsDroppedAndTheCameraOrientationApplied() {
        var photo = withMetadata(TestImages.jpeg(200, 100), "GPS 50.8467N 4.3525E");

        var image = ImageProcessor.process(photo);

        for (var each : image.variants()) {
            var text = new String(each.bytes(), StandardCharsets.ISO_8859_1);
            assertThat(text).doesNotContain("GPS 50.8467N").doesNotContain("Exif");
            assertSize(each, 100, 200);
        }
    }

    /** A JPEG with an EXIF segment saying "turn 90° clockwise" and a comment segment holding the given text. */
    private static byte[] withMetadata(byte[] jpeg, String comment) {
        var tiff =
                new byte[] {'I', 'I', 0x2A, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, 6, 0, 0, 0, 0, 0, 0, 0};
        var exif = new ByteArrayOutputStream();
        exif.writeBytes("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
        exif.writeBytes(tiff);
        var out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        segment(out, 0xE1, exif.toByteArray());
        segment(out, 0xFE, comment.getBytes(StandardCharsets.ISO_8859_1));
        // Cameras write EXIF instead of the JFIF header that ImageIO writes: leave that out.
        var jfifLength = ((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF);
        var afterJfif = 4 + jfifLength;
        out.write(jpeg, afterJfif, jpeg.length - afterJfif);
        return out.toByteArray();
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] data) {
        out.write(0xFF);
        out.write(marker);
        out.write((data.length + 2) >> 8);
        out.write((data.length + 2) & 0xFF);
        out.writeBytes(data);
    }

    private static void assertRefused(byte[] bytes, String messageKey) {
        assertThatThrownBy(() -> ImageProcessor.process(bytes))
                .isInstanceOfSatisfying(
                        Rejected.class,
                        rejected -> assertThat(rejected.messageKeys()).containsExactly(Map.entry("image", messageKey)));
    }

    private static void assertSize(EncodedVariant variant, int width, int height) {
        assertThat(variant.width()).isEqualTo(width);
        assertThat(variant.height()).isEqualTo(height);
        var decoded = decode(variant.bytes());
        assertThat(decoded.getWidth()).isEqualTo(width);
        assertThat(decoded.getHeight()).isEqualTo(height);
    }

    private static EncodedVariant variant(ProcessedImage image, Variant variant) {
        return image.variants().stream()
                .filter(each -> each.variant() == variant)
                .findFirst()
                .orElseThrow();
    }

    private static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
