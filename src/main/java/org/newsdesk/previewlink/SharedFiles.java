package org.newsdesk.previewlink;

import java.util.Optional;

import org.newsdesk.attachment.SharedDocuments;
import org.newsdesk.media.HeroImage;
import org.newsdesk.media.SharedImages;
import org.springframework.stereotype.Component;

/**
 * The image and documents of the version an open preview link shows: those its page asks for with the token, and no
 * other file. A link that expired or was revoked grants nothing, like its page.
 */
@Component
class SharedFiles implements SharedImages, SharedDocuments {

    private final PreviewLinks links;

    SharedFiles(PreviewLinks links) {
        this.links = links;
    }

    @Override
    public boolean shows(String token, long imageId) {
        return links.peek(token)
                .flatMap(shared -> Optional.ofNullable(shared.page().heroImage()))
                .map(HeroImage::imageId)
                .filter(shown -> shown == imageId)
                .isPresent();
    }

    @Override
    public boolean lists(String token, long documentId) {
        return links.peek(token)
                .filter(shared -> shared.page().attachments().stream()
                        .anyMatch(attachment -> attachment.documentId() == documentId))
                .isPresent();
    }
}
