package db.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.newsdesk.media.ImageProcessor;
import org.newsdesk.media.ProcessedImage;

/**
 * DEMO CONTENT, not schema: hero images for six demo articles, drawn here with Java2D (no image files are
 * shipped) and stored through the same content check and variants as an editor's upload, with alt texts in the
 * four languages. It lives in the demo location, so it only runs when the demo content does.
 *
 * <p>Repeatable like the demo content, and after it: the demo content re-inserts its articles without images
 * whenever it changes, so this migration's checksum follows that file and it runs again to attach them.
 */
public class R__demo_hero_images extends BaseJavaMigration {

    /** Raise when the drawings or texts below change. */
    private static final int REVISION = 1;

    private static final int WIDTH = 1600;
    private static final int HEIGHT = 900;

    private enum Style {
        RINGS,
        STRIPES,
        BARS,
        WAVES,
        DOTS,
        ARCHES
    }

    private record DemoImage(
            long imageId,
            long articleId,
            Style style,
            Color from,
            Color to,
            Color accent,
            Map<String, String> altTexts) {}

    private static final List<DemoImage> IMAGES = List.of(
            new DemoImage(
                    1,
                    14,
                    Style.RINGS,
                    new Color(0x0B2545),
                    new Color(0x13315C),
                    new Color(0xF4A259),
                    Map.of(
                            "nl",
                                    "Abstracte illustratie: oranje cirkels die zich uitbreiden over een donkerblauwe achtergrond.",
                            "fr", "Illustration abstraite : des cercles orange qui s'étendent sur un fond bleu foncé.",
                            "en", "Abstract illustration: orange rings spreading out over a dark blue background.",
                            "de",
                                    "Abstrakte Illustration: orangefarbene Ringe, die sich über einen dunkelblauen Hintergrund ausbreiten.")),
            new DemoImage(
                    2,
                    13,
                    Style.STRIPES,
                    new Color(0x1B4332),
                    new Color(0x2D6A4F),
                    new Color(0xF9C74F),
                    Map.of(
                            "nl", "Abstracte illustratie: schuine gele strepen op een donkergroene achtergrond.",
                            "fr", "Illustration abstraite : des bandes jaunes en diagonale sur un fond vert foncé.",
                            "en", "Abstract illustration: diagonal yellow stripes on a dark green background.",
                            "de", "Abstrakte Illustration: diagonale gelbe Streifen auf dunkelgrünem Hintergrund.")),
            new DemoImage(
                    3,
                    11,
                    Style.BARS,
                    new Color(0xA9D6E5),
                    new Color(0xE2ECF3),
                    new Color(0x2A6F97),
                    Map.of(
                            "nl",
                                    "Abstracte illustratie: blauwe verticale balken van verschillende hoogte, als een skyline tegen een lichte lucht.",
                            "fr",
                                    "Illustration abstraite : des barres verticales bleues de hauteurs variées, comme une silhouette de ville sur un ciel clair.",
                            "en",
                                    "Abstract illustration: blue vertical bars of different heights, like a city skyline against a pale sky.",
                            "de",
                                    "Abstrakte Illustration: blaue senkrechte Balken unterschiedlicher Höhe, wie eine Stadtsilhouette vor hellem Himmel.")),
            new DemoImage(
                    4,
                    9,
                    Style.WAVES,
                    new Color(0x1D3557),
                    new Color(0x274C77),
                    new Color(0x48CAE4),
                    Map.of(
                            "nl",
                                    "Abstracte illustratie: drie golvende turkooizen lijnen over een marineblauwe achtergrond.",
                            "fr", "Illustration abstraite : trois lignes ondulées turquoise sur un fond bleu marine.",
                            "en", "Abstract illustration: three wavy turquoise lines across a navy blue background.",
                            "de",
                                    "Abstrakte Illustration: drei gewellte türkise Linien auf marineblauem Hintergrund.")),
            new DemoImage(
                    5,
                    6,
                    Style.DOTS,
                    new Color(0xF1F1F1),
                    new Color(0xDADADA),
                    new Color(0xC1121F),
                    Map.of(
                            "nl",
                                    "Abstracte illustratie: een raster van grijze stippen, waarvan drie rode stippen met een lijn verbonden zijn.",
                            "fr",
                                    "Illustration abstraite : une grille de points gris, dont trois points rouges reliés par une ligne.",
                            "en", "Abstract illustration: a grid of grey dots, three of them red and joined by a line.",
                            "de",
                                    "Abstrakte Illustration: ein Raster grauer Punkte, drei davon rot und durch eine Linie verbunden.")),
            new DemoImage(
                    6,
                    3,
                    Style.ARCHES,
                    new Color(0x3A0CA3),
                    new Color(0x4361EE),
                    new Color(0xFFFFFF),
                    Map.of(
                            "nl",
                                    "Abstracte illustratie: twee witte bogen, als een brug, boven een verloop van paars naar blauw.",
                            "fr",
                                    "Illustration abstraite : deux arches blanches, comme un pont, sur un dégradé du violet au bleu.",
                            "en",
                                    "Abstract illustration: two white arches, like a bridge, over a purple-to-blue gradient.",
                            "de",
                                    "Abstrakte Illustration: zwei weiße Bögen, wie eine Brücke, über einem Verlauf von Lila zu Blau.")));

    @Override
    public Integer getChecksum() {
        var crc = new CRC32();
        try (InputStream content = getClass().getClassLoader().getResourceAsStream("db/demo/R__demo_content.sql")) {
            if (content != null) {
                crc.update(content.readAllBytes());
            }
        } catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
        return (int) crc.getValue() + REVISION;
    }

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        for (var image : IMAGES) {
            store(connection, image, ImageProcessor.process(png(draw(image))));
        }
    }

    private static void store(Connection connection, DemoImage image, ProcessedImage processed) throws SQLException {
        // Deleting the image also deletes its variants and alt texts and detaches it from its article.
        try (var delete = connection.prepareStatement("DELETE FROM image WHERE id = ?")) {
            delete.setLong(1, image.imageId());
            delete.executeUpdate();
        }
        try (var insert = connection.prepareStatement(
                "INSERT INTO image (id, content_type, width, height, bytes) VALUES (?, ?, ?, ?, ?)")) {
            insert.setLong(1, image.imageId());
            insert.setString(2, processed.format().contentType());
            insert.setInt(3, processed.width());
            insert.setInt(4, processed.height());
            insert.setBytes(5, processed.original());
            insert.executeUpdate();
        }
        try (var insert = connection.prepareStatement("INSERT INTO image_variant "
                + "(image_id, variant, content_type, width, height, bytes) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (var variant : processed.variants()) {
                insert.setLong(1, image.imageId());
                insert.setString(2, variant.variant().fileName());
                insert.setString(3, variant.format().contentType());
                insert.setInt(4, variant.width());
                insert.setInt(5, variant.height());
                insert.setBytes(6, variant.bytes());
                insert.executeUpdate();
            }
        }
        try (var insert =
                connection.prepareStatement("INSERT INTO image_alt_text (image_id, lang, alt_text) VALUES (?, ?, ?)")) {
            for (var altText : image.altTexts().entrySet()) {
                insert.setLong(1, image.imageId());
                insert.setString(2, altText.getKey());
                insert.setString(3, altText.getValue());
                insert.executeUpdate();
            }
        }
        try (var attach = connection.prepareStatement("UPDATE article SET hero_image_id = ? WHERE id = ?")) {
            attach.setLong(1, image.imageId());
            attach.setLong(2, image.articleId());
            attach.executeUpdate();
        }
    }

    private static BufferedImage draw(DemoImage image) {
        var canvas = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        var g = canvas.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, image.from(), WIDTH, HEIGHT, image.to()));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(image.accent());
        switch (image.style()) {
            case RINGS -> rings(g);
            case STRIPES -> stripes(g);
            case BARS -> bars(g);
            case WAVES -> waves(g);
            case DOTS -> dots(g, image.accent());
            case ARCHES -> arches(g);
        }
        g.dispose();
        return canvas;
    }

    private static void rings(Graphics2D g) {
        for (var i = 1; i <= 7; i++) {
            g.setStroke(new BasicStroke(22f - 2 * i));
            var radius = i * 120;
            g.draw(new Ellipse2D.Double(560 - radius, 450 - radius, 2 * radius, 2 * radius));
        }
    }

    private static void stripes(Graphics2D g) {
        g.setStroke(new BasicStroke(70f));
        for (var x = -HEIGHT; x < WIDTH; x += 260) {
            g.draw(new Line2D.Double(x, HEIGHT, x + HEIGHT, 0));
        }
    }

    private static void bars(Graphics2D g) {
        int[] heights = {380, 520, 300, 640, 450, 700, 360, 560, 420, 610, 330, 480};
        var width = WIDTH / heights.length;
        for (var i = 0; i < heights.length; i++) {
            g.fillRect(i * width + 12, HEIGHT - heights[i], width - 24, heights[i]);
        }
    }

    private static void waves(Graphics2D g) {
        g.setStroke(new BasicStroke(26f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (var line = 0; line < 3; line++) {
            var wave = new Path2D.Double();
            var base = 260 + line * 190;
            wave.moveTo(0, base + 90 * Math.sin(line));
            for (var x = 0; x <= WIDTH; x += 20) {
                wave.lineTo(x, base + 90 * Math.sin(x / 180.0 + line));
            }
            g.draw(wave);
        }
    }

    private static void dots(Graphics2D g, Color accent) {
        g.setColor(new Color(0x8D99AE));
        for (var x = 100; x < WIDTH; x += 140) {
            for (var y = 100; y < HEIGHT; y += 140) {
                g.fill(new Ellipse2D.Double(x - 14, y - 14, 28, 28));
            }
        }
        int[][] marked = {{380, 240}, {800, 520}, {1220, 380}};
        g.setColor(accent);
        g.setStroke(new BasicStroke(10f));
        g.drawPolyline(new int[] {380, 800, 1220}, new int[] {240, 520, 380}, 3);
        for (var dot : marked) {
            g.fill(new Ellipse2D.Double(dot[0] - 34, dot[1] - 34, 68, 68));
        }
    }

    private static void arches(Graphics2D g) {
        g.setStroke(new BasicStroke(36f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        g.draw(new Arc2D.Double(150, 330, 660, 900, 0, 180, Arc2D.OPEN));
        g.draw(new Arc2D.Double(790, 330, 660, 900, 0, 180, Arc2D.OPEN));
        g.fillRect(100, 760, WIDTH - 200, 36);
    }

    private static byte[] png(BufferedImage image) throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
