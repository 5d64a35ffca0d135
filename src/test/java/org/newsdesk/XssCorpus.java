package org.newsdesk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Known cross-site scripting vectors (src/test/resources/attacks/xss-vectors.txt, one per line), each of which, if it
 * ever ran, would open an alert or set {@code window.__xss}. Tests pack many into one field, so that one page load
 * tries them all.
 */
public final class XssCorpus {

    /** The global a vector sets when it runs; a browser test watches it. */
    public static final String FLAG = "__xss";

    private static final List<String> VECTORS = read();

    private XssCorpus() {}

    public static List<String> vectors() {
        return VECTORS;
    }

    /** Every vector, one per paragraph: Markdown and HTML blocks alike. */
    public static String asParagraphs() {
        return String.join("\n\n", VECTORS);
    }

    /**
     * The vectors packed into texts of at most {@code maxLength} characters, separated by a space, in corpus order;
     * every vector is in exactly one of them. A vector longer than the limit is cut, which still tries its start.
     */
    public static List<String> packedInto(int maxLength) {
        var packed = new ArrayList<String>();
        var current = new StringBuilder();
        for (var vector : VECTORS) {
            var piece = vector.length() > maxLength ? vector.substring(0, maxLength) : vector;
            if (!current.isEmpty() && current.length() + 1 + piece.length() > maxLength) {
                packed.add(current.toString());
                current.setLength(0);
            }
            current.append(current.isEmpty() ? "" : " ").append(piece);
        }
        if (!current.isEmpty()) {
            packed.add(current.toString());
        }
        return List.copyOf(packed);
    }

    private static List<String> read() {
        try (var in = Objects.requireNonNull(
                XssCorpus.class.getResourceAsStream("/attacks/xss-vectors.txt"), "the XSS corpus")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank())
                    .toList();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
