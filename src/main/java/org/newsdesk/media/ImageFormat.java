package org.newsdesk.media;

import java.util.Arrays;
import java.util.Optional;

/** The image formats Newsdesk accepts (all three) and writes (JPEG and PNG), recognised by their first bytes. */
public enum ImageFormat {
    JPEG("image/jpeg", "jpg", "jpeg"),
    PNG("image/png", "png", "png"),
    WEBP("image/webp", "webp", "webp");

    private final String contentType;
    private final String extension;
    private final String imageIoName;

    ImageFormat(String contentType, String extension, String imageIoName) {
        this.contentType = contentType;
        this.extension = extension;
        this.imageIoName = imageIoName;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    String imageIoName() {
        return imageIoName;
    }

    public static Optional<ImageFormat> ofContentType(String contentType) {
        return Arrays.stream(values())
                .filter(format -> format.contentType.equals(contentType))
                .findFirst();
    }

    /** The format the bytes really are, whatever the file is called: its magic number. */
    static Optional<ImageFormat> sniff(byte[] bytes) {
        if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n')) {
            return Optional.of(PNG);
        }
        if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (var i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
