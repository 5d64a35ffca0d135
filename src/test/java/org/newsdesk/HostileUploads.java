package org.newsdesk;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.newsdesk.attachment.TestDocuments;
import org.newsdesk.media.TestImages;

/**
 * The files an attacker, a careless colleague or a press photographer sends, made in code so that nothing binary is
 * checked in: photos the upload must accept (CMYK and progressive JPEGs) and files it must refuse (renamed programs,
 * SVG with script, polyglots, decompression bombs, truncated and over-limit files). Each method says what it is.
 */
public final class HostileUploads {

    private HostileUploads() {}

    // ---- Photos that must be accepted ----

    /**
     * A JPEG as Photoshop writes it for print: four CMYK channels, stored inverted as Adobe does, marked by Adobe's
     * APP14 segment (transform 0: no colour conversion), without JFIF. Every pixel has the given ink, 0 to 255.
     */
    public static byte[] cmykJpeg(int width, int height, int cyan, int magenta, int yellow, int black) {
        var raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height, 4, null);
        var inverted = new int[] {255 - cyan, 255 - magenta, 255 - yellow, 255 - black};
        for (var y = 0; y < height; y++) {
            for (var x = 0; x < width; x++) {
                raster.setPixel(x, y, inverted);
            }
        }
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var out = new ByteArrayOutputStream();
        try (var output = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(output);
            writer.write(null, new IIOImage(raster, null, null), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        var plain = out.toByteArray();
        var adobe = new ByteArrayOutputStream();
        adobe.write(plain, 0, 2); // SOI
        adobe.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0});
        adobe.write(plain, 2, plain.length - 2);
        return adobe.toByteArray();
    }

    /**
     * The same CMYK JPEG carrying an RGB colour profile (APP2 ICC_PROFILE), as some editing programs write them: the
     * profile does not fit the four channels. The JDK's own reader gives up on it ("Unsupported Image Type").
     */
    public static byte[] cmykJpegWithRgbProfile(int width, int height, int cyan, int magenta, int yellow, int black) {
        var jpeg = cmykJpeg(width, height, cyan, magenta, yellow, black);
        var segment = new ByteArrayOutputStream();
        segment.writeBytes("ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII));
        segment.write(1); // chunk 1
        segment.write(1); // of 1
        segment.writeBytes(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        var data = segment.toByteArray();
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE2);
        out.write((data.length + 2) >> 8);
        out.write((data.length + 2) & 0xFF);
        out.writeBytes(data);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** A progressive JPEG, as news agencies send them for the web: the picture in several scans, coarse to fine. */
    public static byte[] progressiveJpeg(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new java.awt.Color(0x1D4E89));
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var out = new ByteArrayOutputStream();
        try (var output = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(output);
            var param = writer.getDefaultWriteParam();
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    // ---- Programs under another name ----

    /** The start of a Linux program (ELF, 64-bit, x86-64), as if named photo.jpg or report.pdf. */
    public static byte[] elfProgram() {
        var bytes = new byte[4096];
        System.arraycopy(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}, 0, bytes, 0, 8);
        bytes[16] = 2; // executable
        bytes[18] = 0x3E; // x86-64
        return bytes;
    }

    /** The start of a Windows program ("MZ" and a PE header). */
    public static byte[] windowsProgram() {
        return TestDocuments.program();
    }

    // ---- Markup and polyglots ----

    public static byte[] svgWithScript() {
        return ascii("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0,0,10,10\">"
                + "<script>alert(document.cookie)</script><rect width=\"10\" height=\"10\"/></svg>");
    }

    /** An SVG without any script: still a drawing, not a photo. */
    public static byte[] plainSvg() {
        return ascii("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\""
                + " height=\"10\" fill=\"red\"/></svg>");
    }

    /**
     * A GIF that is also JavaScript: its width bytes open a comment ("/*") that closes after the image, so that
     * {@code <script src=…>} runs {@code GIF89a=alert(1)}.
     */
    public static byte[] gifJavaScriptPolyglot() {
        var gif = new ByteArrayOutputStream();
        try {
            ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "gif", gif);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var bytes = gif.toByteArray();
        bytes[6] = '/';
        bytes[7] = '*';
        var out = new ByteArrayOutputStream();
        out.writeBytes(bytes);
        out.writeBytes(ascii("*/=alert(1);"));
        return out.toByteArray();
    }

    /** A real JPEG whose comment segment is a web page with a script: a photo to an image reader, a page to a browser. */
    public static byte[] jpegHtmlPolyglot() {
        var jpeg = TestImages.jpeg(64, 48);
        var html = ascii("<html><body><script>alert(1)</script></body></html>");
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xFE);
        out.write((html.length + 2) >> 8);
        out.write((html.length + 2) & 0xFF);
        out.writeBytes(html);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** A PNG with a web page after its end: image readers stop at IEND, browsers sniffing the content do not. */
    public static byte[] pngWithTrailingHtml() {
        var out = new ByteArrayOutputStream();
        out.writeBytes(TestImages.png(32, 32));
        out.writeBytes(ascii("<iframe src=\"https://evil.example/\"></iframe>"));
        return out.toByteArray();
    }

    /** A web page followed by a PDF: PDF readers look for the header within the first kilobyte, browsers see HTML. */
    public static byte[] pdfWithHtmlAtTheStart() {
        var out = new ByteArrayOutputStream();
        out.writeBytes(ascii("<html><body><script>alert(1)</script></body></html>\n"));
        out.writeBytes(TestDocuments.pdf());
        return out.toByteArray();
    }

    /** A PDF that runs JavaScript when it is opened. */
    public static byte[] pdfWithJavaScript() {
        return ascii("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj\n"
                + "4 0 obj << /S /JavaScript /JS (app.alert\\('opened'\\)) >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF");
    }

    /** A table whose cell is a script: harmless to a spreadsheet, but HTML to anything that sniffs. */
    public static byte[] csvWithScript() {
        return ascii("name;comment\nAnna;<script>alert(1)</script>\n");
    }

    // ---- Office documents that are not what they claim ----

    /** A Word document with a VBA project: macros that run when it is opened with macros allowed. */
    public static byte[] docxWithMacros() {
        var entries = TestDocuments.docxEntries();
        entries.put("word/vbaProject.bin", "Attribute VB_Name = \"ThisDocument\"\nSub AutoOpen()\nEnd Sub");
        return TestDocuments.zip(entries, false);
    }

    /** A macro-enabled Word document (.docm) renamed to .docx: its content types say so. */
    public static byte[] docmRenamed() {
        var entries = TestDocuments.docxEntries();
        entries.put("[Content_Types].xml", TestDocuments.contentTypes("/word/document.xml", TestDocuments.DOCM_MAIN));
        return TestDocuments.zip(entries, false);
    }

    /** A ZIP with the file names of a Word document but no OOXML package: its content types declare nothing. */
    public static byte[] fakeDocx() {
        var entries = new LinkedHashMap<String, String>();
        entries.put("[Content_Types].xml", "<Types/>");
        entries.put("word/document.xml", "MZ not really a document");
        return TestDocuments.zip(entries, false);
    }

    /**
     * A Word document whose main part unpacks to the given number of megabytes of blanks: some 50 KB packed, a
     * thousand to one. Written in chunks, so that making it costs no such memory.
     */
    public static byte[] zipBombDocx(int megabytes) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            var entries = TestDocuments.docxEntries();
            entries.remove("word/document.xml");
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            var blanks = new byte[1024 * 1024];
            Arrays.fill(blanks, (byte) ' ');
            for (var i = 0; i < megabytes; i++) {
                zip.write(blanks);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    // ---- Decompression bombs of images ----

    /** A 1×1 PNG whose header declares the given size (its checksum corrected): a few bytes, gigabytes decoded. */
    public static byte[] pngDeclaring(int width, int height) {
        var png = TestImages.png(1, 1);
        // The IHDR chunk: width and height at bytes 16-23, its CRC over type and data at 29-32.
        ByteBuffer.wrap(png, 16, 8).putInt(width).putInt(height);
        var crc = new CRC32();
        crc.update(png, 12, 17);
        ByteBuffer.wrap(png, 29, 4).putInt((int) crc.getValue());
        return png;
    }

    /** A small JPEG whose frame header (SOF) declares the given size. */
    public static byte[] jpegDeclaring(int width, int height) {
        var jpeg = TestImages.jpeg(16, 16);
        for (var i = 2; i < jpeg.length - 9; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) {
                // Marker, length (2), precision (1), then height and width (2 each).
                ByteBuffer.wrap(jpeg, i + 5, 4).putShort((short) height).putShort((short) width);
                return jpeg;
            }
        }
        throw new IllegalStateException("no baseline frame header");
    }

    // ---- Truncated and over the limit ----

    /** The first half of a photo, as a broken connection leaves it. */
    public static byte[] truncatedJpeg() {
        var jpeg = TestImages.jpeg(800, 600);
        return Arrays.copyOf(jpeg, jpeg.length / 2);
    }

    public static byte[] truncatedPdf() {
        var pdf = TestDocuments.pdf(4000);
        return Arrays.copyOf(pdf, pdf.length / 2);
    }

    /** A Word document cut off before its central directory. */
    public static byte[] truncatedDocx() {
        var docx = TestDocuments.docx();
        return Arrays.copyOf(docx, docx.length - 40);
    }

    /** A real image followed by padding to the given size: only its size is wrong. */
    public static byte[] pngOf(int size) {
        return Arrays.copyOf(TestImages.png(100, 100), size);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
