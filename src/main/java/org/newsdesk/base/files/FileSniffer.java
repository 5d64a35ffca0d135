package org.newsdesk.base.files;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * What an uploaded file's bytes show about it beyond the type it claims: a program under another name, markup
 * (an SVG, a web page), or web page code hidden inside an image or document (a polyglot, which one program reads
 * as a photo and a browser as a page). Images and documents are both checked with it, whatever their name says.
 */
public final class FileSniffer {

    /**
     * Markup and script that no photo, PDF or table has a reason to carry. Each is long enough that compressed
     * data, which looks random, practically never contains it by chance (a six-letter marker about once in 10^14
     * bytes).
     */
    private static final List<byte[]> ACTIVE_CONTENT = ascii(
            "<script",
            "<html",
            "<body",
            "<iframe",
            "<svg",
            "<object",
            "<embed",
            "<?php",
            "<!doctype html",
            "javascript:",
            "onerror=",
            "onload=");

    private static final int SVG_LOOKAHEAD = 4096;

    private FileSniffer() {}

    /** A Linux, Windows or macOS program, a Java class, or a script that names its interpreter. */
    public static boolean isProgram(byte[] bytes) {
        return startsWith(bytes, 0x7F, 'E', 'L', 'F')
                || startsWith(bytes, 'M', 'Z')
                || startsWith(bytes, 0xFE, 0xED, 0xFA, 0xCE)
                || startsWith(bytes, 0xFE, 0xED, 0xFA, 0xCF)
                || startsWith(bytes, 0xCE, 0xFA, 0xED, 0xFE)
                || startsWith(bytes, 0xCF, 0xFA, 0xED, 0xFE)
                || startsWith(bytes, 0xCA, 0xFE, 0xBA, 0xBE)
                || startsWith(bytes, '#', '!');
    }

    /** Text that starts as XML or HTML does, after an optional byte-order mark and white space. */
    public static boolean isMarkup(byte[] bytes) {
        var start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        while (start < bytes.length && Character.isWhitespace(bytes[start])) {
            start++;
        }
        return start < bytes.length && bytes[start] == '<';
    }

    /** An SVG drawing: markup whose beginning names the svg element. */
    public static boolean isSvg(byte[] bytes) {
        return isMarkup(bytes)
                && indexOf(
                                bytes,
                                Math.min(bytes.length, SVG_LOOKAHEAD),
                                ascii("<svg").getFirst())
                        >= 0;
    }

    /** Whether the bytes carry markup or script anywhere, ignoring case: in metadata, a comment or after the end. */
    public static boolean hasActiveContent(byte[] bytes) {
        return ACTIVE_CONTENT.stream().anyMatch(marker -> indexOf(bytes, bytes.length, marker) >= 0);
    }

    /** Whether the bytes contain one of the given ASCII words, ignoring case. */
    public static boolean containsAny(byte[] bytes, List<byte[]> words) {
        return words.stream().anyMatch(word -> indexOf(bytes, bytes.length, word) >= 0);
    }

    public static List<byte[]> ascii(String... words) {
        return Arrays.stream(words)
                .map(word -> word.getBytes(StandardCharsets.US_ASCII))
                .toList();
    }

    /** Case-insensitive for ASCII letters; the marker is written in lower case. */
    private static int indexOf(byte[] bytes, int end, byte[] marker) {
        var first = marker[0];
        outer:
        for (var i = 0; i <= end - marker.length; i++) {
            if (lower(bytes[i]) != first) {
                continue;
            }
            for (var j = 1; j < marker.length; j++) {
                if (lower(bytes[i + j]) != marker[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte lower(byte b) {
        return b >= 'A' && b <= 'Z' ? (byte) (b + ('a' - 'A')) : b;
    }

    private static boolean startsWith(byte[] bytes, int... expected) {
        if (bytes.length < expected.length) {
            return false;
        }
        for (var i = 0; i < expected.length; i++) {
            if ((bytes[i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
