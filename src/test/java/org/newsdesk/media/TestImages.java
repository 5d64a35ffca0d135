package org.newsdesk.media;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

import javax.imageio.ImageIO;

/** Images made in code for the tests: nothing binary is checked in. */
public final class TestImages {

    private TestImages() {}

    public static byte[] png(int width, int height) {
        return write(picture(width, height, BufferedImage.TYPE_INT_RGB), "png");
    }

    public static byte[] jpeg(int width, int height) {
        return write(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    /** A PNG whose left half is fully transparent. */
    public static byte[] translucentPng(int width, int height) {
        var image = picture(width, height, BufferedImage.TYPE_INT_ARGB);
        for (var x = 0; x < width / 2; x++) {
            for (var y = 0; y < height; y++) {
                image.setRGB(x, y, 0);
            }
        }
        return write(image, "png");
    }

    /**
     * A lossless WebP of one colour, written by hand since the JDK has no WebP writer: the VP8L bitstream with no
     * transforms and five prefix codes of one symbol each, so every pixel takes zero bits.
     */
    public static byte[] webp(int width, int height, Color color) {
        var bits = new BitWriter();
        bits.write(0x2F, 8);
        bits.write(width - 1, 14);
        bits.write(height - 1, 14);
        bits.write(0, 1); // no alpha
        bits.write(0, 3); // version
        bits.write(0, 1); // no transform
        bits.write(0, 1); // no colour cache
        bits.write(0, 1); // no meta prefix codes
        for (var symbol : new int[] {color.getGreen(), color.getRed(), color.getBlue(), 255}) {
            bits.write(1, 1); // simple code
            bits.write(0, 1); // one symbol
            bits.write(1, 1); // of eight bits
            bits.write(symbol, 8);
        }
        bits.write(1, 1); // the distance code: simple, one symbol of one bit, never used
        bits.write(0, 1);
        bits.write(0, 1);
        bits.write(0, 1);
        // The reader fetches eight bytes at a time; zero bits after the last code are ignored.
        var data = Arrays.copyOf(bits.bytes(), 24);
        var padded = data.length + (data.length % 2);
        var file = ByteBuffer.allocate(20 + padded).order(ByteOrder.LITTLE_ENDIAN);
        file.put("RIFF".getBytes())
                .putInt(12 + padded)
                .put("WEBP".getBytes())
                .put("VP8L".getBytes())
                .putInt(data.length)
                .put(data);
        return file.array();
    }

    /** A few shapes, so that scaled versions are not trivially identical. */
    static BufferedImage picture(int width, int height, int type) {
        var image = new BufferedImage(width, height, type);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(0x1D4E89));
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(new Color(0xF2A541));
        graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
        graphics.dispose();
        return image;
    }

    private static byte[] write(BufferedImage image, String format) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Least significant bit first, as VP8L reads them. */
    private static final class BitWriter {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private int current;
        private int used;

        void write(int value, int count) {
            for (var i = 0; i < count; i++) {
                current |= ((value >> i) & 1) << used;
                if (++used == 8) {
                    out.write(current);
                    current = 0;
                    used = 0;
                }
            }
        }

        byte[] bytes() {
            if (used > 0) {
                out.write(current);
                current = 0;
                used = 0;
            }
            return out.toByteArray();
        }
    }
}
