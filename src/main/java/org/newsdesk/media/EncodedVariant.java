package org.newsdesk.media;

/** One scaled version of an image, encoded and ready to store. */
public record EncodedVariant(Variant variant, ImageFormat format, int width, int height, byte[] bytes) {}
