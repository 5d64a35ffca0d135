package org.newsdesk.redirect;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The paths redirects start from and lead to, in one written form: decoded, one slash between segments, no
 * trailing slash on an old path. Anything that a browser could read as another site's address (a scheme,
 * {@code //host}, a backslash) is no path here.
 */
public final class RedirectPaths {

    public static final int MAX_LENGTH = 500;

    private static final Pattern ABSOLUTE_URL = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
    private static final Pattern SITE_OF_URL = Pattern.compile("^https?://[^/?#]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUERY = Pattern.compile("[A-Za-z0-9\\-._~!$&'()*+,;=:@/?%]*");

    private RedirectPaths() {}

    /**
     * An old path as typed or pasted: an old site's full address gives its path; the query and fragment are no part
     * of it (requests are matched on their path).
     */
    static Optional<String> oldPath(String typed) {
        var text = cutAt(cutAt(typed.strip(), '#'), '?');
        var site = SITE_OF_URL.matcher(text);
        if (site.find()) {
            text = text.substring(site.end());
            text = text.isEmpty() ? "/" : text;
        }
        // As a starting point "//" is harmless, and a pasted address often has it after the host.
        return path(text.replaceAll("/{2,}", "/")).map(RedirectPaths::withoutTrailingSlash);
    }

    /** A path of this site to lead to, with an optional query; another site's address is none. */
    public static Optional<String> targetPath(String typed) {
        var text = cutAt(typed.strip(), '#');
        var queryStart = text.indexOf('?');
        var query = queryStart < 0 ? "" : text.substring(queryStart);
        if (!QUERY.matcher(query).matches()) {
            return Optional.empty();
        }
        return path(queryStart < 0 ? text : text.substring(0, queryStart)).map(path -> path + query);
    }

    /** A request's path (decoded by the server) in the form old paths are kept in. */
    static String ofRequest(String decodedPath) {
        return withoutTrailingSlash(decodedPath.replaceAll("/{2,}", "/"));
    }

    /** The path as a Location header (or a link) writes it: encoded where it has to be. */
    public static String encoded(String pathWithQuery) {
        var queryStart = pathWithQuery.indexOf('?');
        var path = queryStart < 0 ? pathWithQuery : pathWithQuery.substring(0, queryStart);
        try {
            return new URI(null, null, path, null).toASCIIString()
                    + (queryStart < 0 ? "" : pathWithQuery.substring(queryStart));
        } catch (URISyntaxException impossible) {
            throw new IllegalArgumentException("Not a path: " + path, impossible);
        }
    }

    private static Optional<String> path(String text) {
        if (!text.startsWith("/") || ABSOLUTE_URL.matcher(text).matches()) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        if (decoded.startsWith("//")
                || decoded.indexOf('\\') >= 0
                || decoded.chars().anyMatch(c -> c < 0x20 || c == 0x7f)
                || decoded.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        var collapsed = decoded.replaceAll("/{2,}", "/");
        for (var segment : collapsed.split("/")) {
            if (segment.equals(".") || segment.equals("..")) {
                return Optional.empty();
            }
        }
        return Optional.of(collapsed);
    }

    private static String withoutTrailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static String cutAt(String text, char mark) {
        var at = text.indexOf(mark);
        return at < 0 ? text : text.substring(0, at);
    }
}
