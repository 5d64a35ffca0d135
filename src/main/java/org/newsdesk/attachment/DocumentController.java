package org.newsdesk.attachment;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.security.Roles;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Serves attached documents at {@code /media/documents/{id}/{file name}} as downloads: their type as checked at
 * upload, {@code Content-Disposition: attachment} with the stored safe file name, and caching like images (a stored
 * document never changes: a year, immutable, for documents on a published page; no-store for the others, which only
 * staff and the holders of a preview link that lists them get). Unknown documents, another file name and, for
 * visitors, documents on no published page answer 404.
 * The parts are written one by one, so a 25 MB document never sits in memory whole.
 */
@RestController
class DocumentController {

    private static final CacheControl FOREVER =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final AttachmentService attachments;
    private final SharedDocuments shared;

    DocumentController(AttachmentService attachments, SharedDocuments shared) {
        this.attachments = attachments;
        this.shared = shared;
    }

    @GetMapping(Addresses.DOCUMENT_MAPPING)
    void download(
            @PathVariable long documentId,
            @PathVariable String fileName,
            @RequestParam(name = Addresses.PREVIEW_FILE_PARAMETER, required = false) @Nullable String preview,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        var unpublishedToo =
                Roles.anyStaffRole(request::isUserInRole) || preview != null && shared.lists(preview, documentId);
        var found = attachments
                .download(documentId, unpublishedToo)
                .filter(document -> document.fileName().equals(fileName));
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var document = found.get();
        response.setHeader(
                HttpHeaders.CACHE_CONTROL,
                (document.onPublicPage() ? FOREVER : CacheControl.noStore()).getHeaderValue());
        if (new ServletWebRequest(request, response).checkNotModified('"' + document.sha256() + '"')) {
            return;
        }
        response.setContentType(document.type().contentType());
        response.setContentLengthLong(document.sizeBytes());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                // The stored name is plain ASCII, safe to quote as it is.
                ContentDisposition.attachment()
                        .filename(document.fileName())
                        .build()
                        .toString());
        if (request.getMethod().equals("HEAD")) {
            return;
        }
        var out = response.getOutputStream();
        for (var part = 0; part < document.parts(); part++) {
            out.write(attachments.part(documentId, part));
        }
    }
}
