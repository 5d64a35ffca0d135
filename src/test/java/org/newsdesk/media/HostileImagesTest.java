package org.newsdesk.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsdesk.HostileUploads;
import org.newsdesk.base.Rejected;

/**
 * What press photographers send is accepted with its colours right; what attackers send is refused, each with the
 * message that says why, and without decoding a pixel of a bomb.
 */
class HostileImagesTest {

    @Test
    void aCmykJpegFromThePrintWorkflowBecomesSrgbVariantsWithTheRightColours() {
        // Magenta and yellow ink, no cyan, no black: red on paper.
        var image = ImageProcessor.process(HostileUploads.cmykJpeg(640, 480, 0, 255, 255, 0));

        assertThat(image.format()).isEqualTo(ImageFormat.JPEG);
        assertThat(image.width()).isEqualTo(640);
        for (var variant : image.variants()) {
            var decoded = decode(variant.bytes());
            assertThat(decoded.getColorModel().getColorSpace().isCS_sRGB()).isTrue();
            var color = new Color(decoded.getRGB(decoded.getWidth() / 2, decoded.getHeight() / 2));
            assertThat(color.getRed())
                    .as("red, not inverted to cyan: %s", color)
                    .isGreaterThan(180);
            assertThat(color.getGreen()).as("%s", color).isLessThan(90);
            assertThat(color.getBlue()).as("%s", color).isLessThan(90);
        }
    }

    @Test
    void aCmykJpegWithAProfileThatDoesNotFitIsReadWhereTheJdksReaderGivesUp() throws IOException {
        var photo = HostileUploads.cmykJpegWithRgbProfile(640, 480, 0, 255, 255, 0);
        var jdkReader = StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(ImageIO.getImageReadersByFormatName("jpeg"), 0), false)
                .filter(reader -> reader.getClass().getName().equals("com.sun.imageio.plugins.jpeg.JPEGImageReader"))
                .findFirst()
                .orElseThrow();
        try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(photo))) {
            jdkReader.setInput(input);
            assertThatThrownBy(() -> jdkReader.read(0)).hasMessageContaining("Unsupported Image Type");
        } finally {
            jdkReader.dispose();
        }

        var image = ImageProcessor.process(photo);

        var color = new Color(decode(image.variants().getFirst().bytes()).getRGB(100, 100));
        assertThat(color.getRed()).as("red, not inverted to cyan: %s", color).isGreaterThan(180);
        assertThat(color.getGreen()).as("%s", color).isLessThan(90);
        assertThat(color.getBlue()).as("%s", color).isLessThan(90);
    }

    @Test
    void aCmykJpegOfBlackInkIsDark() {
        var image = ImageProcessor.process(HostileUploads.cmykJpeg(200, 100, 0, 0, 0, 255));

        var color = new Color(decode(image.variants().getFirst().bytes()).getRGB(50, 50));
        assertThat(color.getRed() + color.getGreen() + color.getBlue())
                .as("%s", color)
                .isLessThan(3 * 80);
    }

    @Test
    void aProgressiveJpegIsAcceptedWithItsColours() {
        var image = ImageProcessor.process(HostileUploads.progressiveJpeg(3000, 2000));

        assertThat(image.width()).isEqualTo(3000);
        var card = decode(image.variants().getFirst().bytes());
        assertThat(card.getWidth()).isEqualTo(Variant.CARD.maxWidth());
        var color = new Color(card.getRGB(10, 10));
        assertThat(color.getRed()).isBetween(0x1D - 8, 0x1D + 8);
        assertThat(color.getGreen()).isBetween(0x4E - 8, 0x4E + 8);
        assertThat(color.getBlue()).isBetween(0x89 - 8, 0x89 + 8);
    }

    @Test
    void theJpegReaderIsTwelveMonkeys() {
        var reader = ImageReaders.reader(ImageFormat.JPEG);
        try {
            assertThat(reader.getClass().getName()).isEqualTo(ImageReaders.JPEG_READER);
        } finally {
            reader.dispose();
        }
    }

    static Stream<Arguments> hostileImages() {
        return Stream.of(
                Arguments.of("ELF program named photo.jpg", HostileUploads.elfProgram(), "media.program"),
                Arguments.of("Windows program named photo.jpg", HostileUploads.windowsProgram(), "media.program"),
                Arguments.of("SVG with a script", HostileUploads.svgWithScript(), "media.svg"),
                Arguments.of("SVG without a script", HostileUploads.plainSvg(), "media.svg"),
                Arguments.of("GIF that is JavaScript", HostileUploads.gifJavaScriptPolyglot(), "media.notAnImage"),
                Arguments.of("JPEG that is a web page", HostileUploads.jpegHtmlPolyglot(), "media.activeContent"),
                Arguments.of(
                        "PNG with a frame after its end", HostileUploads.pngWithTrailingHtml(), "media.activeContent"),
                Arguments.of("PDF named photo.jpg", HostileUploads.pdfWithJavaScript(), "media.notAnImage"),
                Arguments.of(
                        "1×1 PNG declaring 50000×50000",
                        HostileUploads.pngDeclaring(50_000, 50_000),
                        "media.tooManyPixels"),
                Arguments.of(
                        "JPEG declaring 50000×50000",
                        HostileUploads.jpegDeclaring(50_000, 50_000),
                        "media.tooManyPixels"),
                Arguments.of(
                        "JPEG declaring 11000×11000",
                        HostileUploads.jpegDeclaring(11_000, 11_000),
                        "media.tooManyPixels"),
                Arguments.of("truncated JPEG", HostileUploads.truncatedJpeg(), "media.damaged"),
                Arguments.of("image over 10 MB", HostileUploads.pngOf(ImageProcessor.MAX_BYTES + 1), "media.tooLarge"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileImages")
    void isRefusedWithItsReason(String what, byte[] bytes, String messageKey) {
        assertThatThrownBy(() -> ImageProcessor.process(bytes))
                .isInstanceOfSatisfying(
                        Rejected.class,
                        rejected -> assertThat(rejected.messageKeys()).containsExactly(Map.entry("image", messageKey)));
    }

    @Test
    void aBombIsRefusedFromItsHeaderWithoutAllocatingItsPixels() {
        var bomb = HostileUploads.pngDeclaring(50_000, 50_000);
        var jpegBomb = HostileUploads.jpegDeclaring(50_000, 50_000);
        assertThatThrownBy(() -> ImageProcessor.process(bomb)).isInstanceOf(Rejected.class); // warm up the readers

        var before = allocatedByThisThread();
        assertThatThrownBy(() -> ImageProcessor.process(bomb)).isInstanceOf(Rejected.class);
        assertThatThrownBy(() -> ImageProcessor.process(jpegBomb)).isInstanceOf(Rejected.class);

        // Decoding 50000×50000 would take 7.5 GB; reading the headers costs a few hundred kilobytes.
        assertThat(allocatedByThisThread() - before).isLessThan(4L * 1024 * 1024);
    }

    static long allocatedByThisThread() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    private static java.awt.image.BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
