package org.newsdesk.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import org.newsdesk.base.Rejected;
import org.newsdesk.base.files.FileSniffer;

/**
 * Checks that uploaded bytes are a JPEG, PNG or WebP image by their content (magic number, no web page code inside,
 * size from the header, then a full decode), and makes the scaled variants; a program or an SVG is told as such.
 * Variants are re-encoded from pixels, so camera metadata (EXIF, GPS) never reaches a visitor; the camera's
 * orientation is applied first. Photos become JPEG; images with transparent pixels stay PNG.
 */
public final class ImageProcessor {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_SIDE = 12_000;
    static final long MAX_PIXELS = 50_000_000L;
    /** Decoding larger images at full size only costs memory: the largest variant needs half of this. */
    private static final int DECODE_WIDTH = 2
            * Arrays.stream(Variant.values()).mapToInt(Variant::maxWidth).max().orElseThrow();

    private static final float JPEG_QUALITY = 0.85f;

    private ImageProcessor() {}

    /** @throws Rejected when the bytes are not an acceptable image */
    public static ProcessedImage process(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new Rejected("image", "media.tooLarge");
        }
        var format = ImageFormat.sniff(bytes).orElseThrow(() -> notAnImage(bytes));
        // A photo that is also a web page: harmless once re-encoded, but no camera writes one.
        if (FileSniffer.hasActiveContent(bytes)) {
            throw new Rejected("image", "media.activeContent");
        }
        var decoded = decode(bytes, format);
        var output = hasTransparentPixels(decoded.image()) ? ImageFormat.PNG : ImageFormat.JPEG;
        var variants = new ArrayList<EncodedVariant>();
        for (var variant : Variant.values()) {
            variants.add(encode(variant, scaled(decoded.image(), variant.maxWidth()), output));
        }
        return new ProcessedImage(format, decoded.width(), decoded.height(), bytes, variants);
    }

    /** What the editor is told a file is instead, when it is none of the accepted formats. */
    private static Rejected notAnImage(byte[] bytes) {
        if (FileSniffer.isProgram(bytes)) {
            return new Rejected("image", "media.program");
        }
        return new Rejected("image", FileSniffer.isSvg(bytes) ? "media.svg" : "media.notAnImage");
    }

    private record Decoded(BufferedImage image, int width, int height) {}

    private static Decoded decode(byte[] bytes, ImageFormat format) {
        var reader = ImageReaders.reader(format);
        try (var input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(input, true, false);
            var width = reader.getWidth(0);
            var height = reader.getHeight(0);
            // Checked from the header, before any pixel is decoded: a small file can claim a huge canvas.
            if (width <= 0
                    || height <= 0
                    || width > MAX_SIDE
                    || height > MAX_SIDE
                    || (long) width * height > MAX_PIXELS) {
                throw new Rejected("image", "media.tooManyPixels");
            }
            var warnings = new ArrayList<String>();
            reader.addIIOReadWarningListener((source, warning) -> {
                if (!isAboutColours(warning)) {
                    warnings.add(warning);
                }
            });
            var param = reader.getDefaultReadParam();
            var step = Math.max(1, width / DECODE_WIDTH);
            param.setSourceSubsampling(step, step, 0, 0);
            var image = reader.read(0, param);
            // A truncated JPEG decodes "successfully" with grey where the data ended; the reader only warns.
            if (!warnings.isEmpty()) {
                throw new Rejected("image", "media.damaged");
            }
            return new Decoded(upright(image, reader, format), width, height);
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof Rejected rejected) {
                throw rejected;
            }
            throw damaged(unreadable);
        } finally {
            reader.dispose();
        }
    }

    /**
     * TwelveMonkeys warns when a CMYK photo has no colour profile (it then converts with a generic one) or a broken
     * one (it then ignores it): the pixels are all there, only their colours are approximate, as in any viewer.
     */
    private static boolean isAboutColours(String warning) {
        var lower = warning.toLowerCase(Locale.ROOT);
        return lower.contains("icc") || lower.contains("color profile");
    }

    /** Phones store photos sideways and say so in EXIF; re-encoding drops that note, so turn the pixels. */
    private static BufferedImage upright(BufferedImage image, ImageReader reader, ImageFormat format) {
        if (format != ImageFormat.JPEG) {
            return image;
        }
        try {
            var orientation = ExifUtils.getExifOrientation(reader, 0);
            return orientation == null
                    ? image
                    : ExifFilterUtils.getFilterForOrientation(orientation).apply(image);
        } catch (IOException unusualMetadata) {
            // The pixels decoded fine; metadata the JDK cannot parse only costs the orientation.
            return image;
        }
    }

    private static boolean hasTransparentPixels(BufferedImage image) {
        var alpha = image.getAlphaRaster();
        if (alpha == null) {
            return false;
        }
        var max = (1
                        << image.getColorModel()
                                .getComponentSize(image.getColorModel().getNumComponents() - 1))
                - 1;
        var row = new int[alpha.getWidth()];
        for (var y = 0; y < alpha.getHeight(); y++) {
            alpha.getSamples(0, y, alpha.getWidth(), 1, 0, row);
            for (var value : row) {
                if (value < max) {
                    return true;
                }
            }
        }
        return false;
    }

    private static BufferedImage scaled(BufferedImage image, int maxWidth) {
        try {
            return Thumbnails.of(image)
                    .width(Math.min(maxWidth, image.getWidth()))
                    .imageType(
                            image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB)
                    .asBufferedImage();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    private static EncodedVariant encode(Variant variant, BufferedImage image, ImageFormat format) {
        var out = new ByteArrayOutputStream();
        try {
            if (format == ImageFormat.PNG) {
                ImageIO.write(image, "png", out);
            } else {
                writeJpeg(opaque(image), out);
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return new EncodedVariant(variant, format, image.getWidth(), image.getHeight(), out.toByteArray());
    }

    /** The JPEG writer refuses images with an alpha channel, even a fully opaque one. */
    private static BufferedImage opaque(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return image;
        }
        var rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        var graphics = rgb.createGraphics();
        graphics.drawImage(image, 0, 0, null);
        graphics.dispose();
        return rgb;
    }

    private static void writeJpeg(BufferedImage image, ByteArrayOutputStream out) throws IOException {
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (var output = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(output);
            var param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    /** What the image library could not read is damaged for the editor; the cause stays for the log. */
    private static Rejected damaged(Throwable cause) {
        var rejected = new Rejected("image", "media.damaged");
        rejected.initCause(cause);
        return rejected;
    }
}
