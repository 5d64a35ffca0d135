package org.newsdesk.media;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ImageIO readers of the accepted formats, with TwelveMonkeys' plugins registered. ImageIO finds plugins once,
 * through the class loader of whichever thread uses it first; in the Spring Boot jar that may be one that cannot see
 * the nested jars, and then a CMYK photo would reach the JDK's JPEG reader, which cannot read it. So the plugins are
 * scanned again here with the application's class loader, and a missing one is a failed start, not a damaged photo.
 */
final class ImageReaders {
    private static final Logger log = LoggerFactory.getLogger(ImageReaders.class);

    /** TwelveMonkeys' JPEG reader, which orders itself before the JDK's once registered. */
    static final String JPEG_READER = "com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReader";

    static {
        var thread = Thread.currentThread();
        var previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ImageReaders.class.getClassLoader());
        try {
            ImageIO.scanForPlugins();
        } finally {
            thread.setContextClassLoader(previous);
        }
        // Readers that cache the stream in temporary files would leave files behind on a refused upload.
        ImageIO.setUseCache(false);
        var jpeg = reader(ImageFormat.JPEG);
        try {
            if (!jpeg.getClass().getName().equals(JPEG_READER)) {
                throw new IllegalStateException(
                        "TwelveMonkeys' JPEG reader is not registered; the first JPEG reader is "
                                + jpeg.getClass().getName());
            }
        } finally {
            jpeg.dispose();
        }
        log.info("ImageIO plugins registered: JPEG read by {}", JPEG_READER);
    }

    private ImageReaders() {}

    /** Registers the plugins, if that has not happened yet; the start of the application calls it. */
    static void register() {
        // The class's initialisation does the work, exactly once.
    }

    /** A new reader of the format; the caller disposes of it. */
    static ImageReader reader(ImageFormat format) {
        var readers = ImageIO.getImageReadersByFormatName(format.imageIoName());
        if (!readers.hasNext()) {
            throw new IllegalStateException("No ImageIO reader for " + format);
        }
        return readers.next();
    }
}
