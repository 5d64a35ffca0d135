package org.newsdesk.site.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/**
 * One public page's first response as every visitor without a session gets it, kept uncompressed and gzipped.
 * It answers conditional requests with 304 and sends the gzipped bytes to clients that accept them.
 *
 * @param headers what the application sends with every page (security headers), in the order it set them
 * @param vary    the request headers the response depends on, for caches between here and the visitor
 */
record CachedResponse(
        int status,
        String contentType,
        List<Map.Entry<String, String>> headers,
        String vary,
        byte[] body,
        byte @Nullable [] gzipped,
        String etag,
        long lastModified) {

    static CachedResponse of(
            int status,
            String contentType,
            List<Map.Entry<String, String>> headers,
            String vary,
            byte[] body,
            long now) {
        var gzipped = gzip(body);
        // Weak: the gzipped and the plain bytes are the same page, and validate each other.
        var etag = "W/\"" + HexFormat.of().formatHex(sha256(body), 0, 12) + "\"";
        return new CachedResponse(
                status,
                contentType,
                List.copyOf(headers),
                vary,
                body,
                gzipped.length < body.length ? gzipped : null,
                etag,
                now / 1000 * 1000);
    }

    /** Memory this response takes in the cache, roughly. */
    int weight() {
        return body.length + (gzipped == null ? 0 : gzipped.length) + 512;
    }

    void writeTo(HttpServletRequest request, HttpServletResponse response, String cacheControl) throws IOException {
        // Set, not added: the security headers are on the response already (security.SecurityHeadersFilter).
        var written = new HashSet<String>();
        headers.forEach(header -> {
            if (written.add(header.getKey().toLowerCase(Locale.ROOT))) {
                response.setHeader(header.getKey(), header.getValue());
            } else {
                response.addHeader(header.getKey(), header.getValue());
            }
        });
        response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
        response.setHeader(HttpHeaders.VARY, vary);
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setDateHeader(HttpHeaders.LAST_MODIFIED, lastModified);
        if (status == HttpServletResponse.SC_OK && isNotModifiedFor(request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(status);
        response.setContentType(contentType);
        var bytes = body;
        if (gzipped != null && acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING))) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
            bytes = gzipped;
        }
        response.setContentLength(bytes.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(bytes);
        }
    }

    private boolean isNotModifiedFor(HttpServletRequest request) {
        var ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            var tag = etag.substring(2);
            for (var each : ifNoneMatch.split(",")) {
                var candidate = each.strip();
                if (candidate.equals("*") || candidate.replaceFirst("^W/", "").equals(tag)) {
                    return true;
                }
            }
            return false;
        }
        try {
            var since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
            return since >= 0 && lastModified <= since;
        } catch (IllegalArgumentException unreadableDate) {
            return false;
        }
    }

    /** Whether an Accept-Encoding header allows gzip: named, or by a wildcard, and without q=0. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        Boolean wildcard = null;
        for (var coding : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            var parts = coding.split(";");
            var name = parts[0].strip();
            var accepted = true;
            for (var i = 1; i < parts.length; i++) {
                var parameter = parts[i].strip();
                if (parameter.startsWith("q=")) {
                    accepted = !parameter.substring(2).strip().matches("0(\\.0{0,3})?");
                }
            }
            if (name.equals("gzip") || name.equals("x-gzip")) {
                return accepted;
            }
            if (name.equals("*")) {
                wildcard = accepted;
            }
        }
        return Boolean.TRUE.equals(wildcard);
    }

    private static byte[] gzip(byte[] body) {
        var bytes = new ByteArrayOutputStream(body.length / 3);
        try (var gzip = new GZIPOutputStream(bytes)) {
            gzip.write(body);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    private static byte[] sha256(byte[] body) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(body);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
