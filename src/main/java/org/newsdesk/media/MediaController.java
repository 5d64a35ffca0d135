package org.newsdesk.media;

import java.time.Duration;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.security.Roles;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves image variants at {@code /media/{id}/{variant}.{extension}}. A variant never changes once stored, so
 * published ones may be cached for a year; unknown images, variants or extensions answer 404, and so do images
 * not on any published page unless staff ask, or a preview link's page that shows them (with its token). Like every response they carry {@code X-Content-Type-Options:
 * nosniff} (security.SecurityHeadersFilter), so a browser never reads an image as anything else.
 */
@RestController
class MediaController {

    private static final CacheControl FOREVER =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final MediaService media;
    private final SharedImages shared;

    MediaController(MediaService media, SharedImages shared) {
        this.media = media;
        this.shared = shared;
    }

    @GetMapping(Addresses.MEDIA_MAPPING)
    ResponseEntity<byte[]> variant(
            @PathVariable long imageId,
            @PathVariable String name,
            @PathVariable String extension,
            @RequestParam(name = Addresses.PREVIEW_FILE_PARAMETER, required = false) @Nullable String preview,
            HttpServletRequest request) {
        var unpublishedToo =
                Roles.anyStaffRole(request::isUserInRole) || preview != null && shared.shows(preview, imageId);
        return Variant.ofFileName(name)
                .flatMap(variant -> media.file(imageId, variant, unpublishedToo))
                .filter(file -> file.format().extension().equals(extension))
                .map(file -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(file.format().contentType()))
                        .cacheControl(file.onPublicPage() ? FOREVER : CacheControl.noStore())
                        .eTag(HexFormat.of().formatHex(DigestUtils.md5Digest(file.bytes())))
                        .body(file.bytes()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
