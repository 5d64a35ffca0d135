package org.newsdesk.media;

import java.util.Optional;

import org.newsdesk.audit.AuditLog;
import org.newsdesk.security.EditorsAndTranslators;
import org.newsdesk.security.StaffOnly;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Uploaded images: checked by their content, stored in the database with their scaled variants, and served.
 * Staff upload; everyone may see the images of published articles, and staff see the others too.
 */
@Service
@Transactional
public class MediaService {

    private final MediaRepository images;
    private final AuditLog audit;

    MediaService(MediaRepository images, AuditLog audit) {
        this.images = images;
        this.audit = audit;
        // At start-up, on the main thread: the ImageIO plugins are found in the application's jar, or it fails here.
        ImageReaders.register();
    }

    /**
     * Checks and stores an uploaded image with its scaled variants.
     *
     * @throws Rejected when the bytes are not a JPEG, PNG or WebP image Newsdesk accepts; nothing
     *                                is stored
     */
    @StaffOnly
    public StoredImage upload(byte[] bytes, String fileName) {
        var processed = ImageProcessor.process(bytes);
        var imageId = images.insert(processed);
        audit.record(
                "IMAGE_UPLOADED",
                "image " + imageId,
                fileName + " (" + processed.format().contentType() + ", " + processed.width() + "×" + processed.height()
                        + ")");
        return new StoredImage(imageId, processed.variants().getFirst().format());
    }

    @Transactional(readOnly = true)
    @EditorsAndTranslators
    public Optional<StoredImage> find(long imageId) {
        return images.find(imageId);
    }

    /** Forgets an upload the editor replaced or removed before any article used it. */
    @StaffOnly
    public void discardIfUnused(long imageId) {
        images.deleteIfUnused(imageId);
    }

    /** @param staff whether the visitor is signed-in staff, who may also see images not yet on a public page */
    @Transactional(readOnly = true)
    Optional<ImageFile> file(long imageId, Variant variant, boolean staff) {
        return images.findVariant(imageId, variant).filter(file -> staff || file.onPublicPage());
    }
}
