package org.newsdesk.media;

import java.time.Duration;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletRequest;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.security.Roles;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves image variants at {@code /media/{id}/{variant}.{extension}}. A variant never changes once stored, so
 * published ones may be cached for a year; unknown images, variants or extensions answer 404, and so do images
 * not on any published page unless staff ask. Like every response they carry {@code X-Content-Type-Options:
 * nosniff} (security.SecurityHeadersFilter), so a browser never reads an image as anything else.
 */
@RestController
class MediaController {

    private static final CacheControl FOREVER =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final MediaService media;

    MediaController(MediaService media) {
        this.media = media;
    }

    @GetMapping(Addresses.MEDIA_MAPPING)
    ResponseEntity<byte[]> variant(
            @PathVariable long imageId,
            @PathVariable String name,
            @PathVariable String extension,
            HttpServletRequest request) {
        var staff = Roles.anyStaffRole(request::isUserInRole);
        return Variant.ofFileName(name)
                .flatMap(variant -> media.file(imageId, variant, staff))
                .filter(file -> file.format().extension().equals(extension))
                .map(file -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(file.format().contentType()))
                        .cacheControl(file.onPublicPage() ? FOREVER : CacheControl.noStore())
                        .eTag(HexFormat.of().formatHex(DigestUtils.md5Digest(file.bytes())))
                        .body(file.bytes()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
