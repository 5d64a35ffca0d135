package org.newsdesk.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.Application;
import org.newsdesk.ScratchSchema;
import org.newsdesk.SiteClient;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.editorial.ArticleDraft;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.editorial.HeroImageDraft;
import org.newsdesk.editorial.VersionDraft;
import org.newsdesk.media.MediaService;
import org.newsdesk.media.TestImages;
import org.newsdesk.media.Variant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The documented backup and restore, as an operator runs them: {@code scripts/backup.sh} of the running site's
 * database, {@code scripts/restore.sh} into an empty one, and a second Newsdesk on the restored database that
 * serves the same pages and the same image bytes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithMockUser(roles = "EDITOR")
class BackupAndRestoreIT {

    /** What a site is made of; view counts and presence keep moving while the site runs and are left out. */
    private static final List<String> CONTENT_TABLES = List.of(
            "article",
            "article_translation",
            "article_revision",
            "old_slug",
            "theme",
            "theme_translation",
            "timeline_entry",
            "timeline_entry_text",
            "image",
            "image_variant",
            "image_alt_text",
            "document",
            "document_part",
            "article_attachment",
            "user_account",
            "user_role",
            "search_term",
            "flyway_schema_history");

    @LocalServerPort
    int port;

    @Autowired
    DataSource testDatabase;

    @Autowired
    MediaService media;

    @Autowired
    EditorialService editorial;

    @TempDir
    Path folder;

    private ArticleDraft article;
    private String imagePath;
    private String slug;

    @BeforeEach
    void publishAnArticleWithAnImage() {
        var image = media.upload(TestImages.png(900, 450), "harbour.png");
        imagePath = image.path(Variant.ARTICLE);
        slug = "backed-up-" + UUID.randomUUID().toString().substring(0, 8);
        article = editorial.save(new ArticleDraft(
                null,
                0,
                null,
                LocalDate.of(2014, 6, 1),
                Map.of(
                        Language.EN,
                        new VersionDraft(
                                "A harbour worth keeping",
                                slug,
                                "Kept in a backup.",
                                "## What survives\n\nEvery word, and the picture.",
                                PublicationStatus.PUBLISHED,
                                null)),
                null,
                new HeroImageDraft(image.imageId(), Map.of(Language.EN, "The harbour at dawn"))));
    }

    @AfterEach
    void removeArticle() {
        editorial.delete(article.savedArticleId(), article.version());
    }

    @Test
    void aRestoredBackupServesTheSameSiteImagesIncluded() throws Exception {
        var backup = folder.resolve("newsdesk.sql.gz");
        run("scripts/backup.sh", backup.toString());
        assertThat(Files.size(backup)).isPositive();

        try (var restored = ScratchSchema.create(testDatabase, "restore")) {
            run("scripts/restore.sh", backup.toString(), restored.name());
            for (var table : CONTENT_TABLES) {
                assertThat(rows(restored.dataSource(), table)).as(table).isEqualTo(rows(testDatabase, table));
            }
            assertThat(exitCode("scripts/restore.sh", backup.toString(), restored.name()))
                    .as("a second restore into a database with tables is refused")
                    .isEqualTo(1);

            try (var copy = new SpringApplicationBuilder(Application.class)
                    .run(arguments(restored).toArray(String[]::new))) {
                var copyPort =
                        ((WebServerApplicationContext) copy).getWebServer().getPort();
                var original = new SiteClient(port);
                var fromBackup = new SiteClient(copyPort);

                var page = "/en/news/" + slug;
                assertThat(articleOf(fromBackup.get(page).body()))
                        .isEqualTo(articleOf(original.get(page).body()));
                assertThat(articleOf(fromBackup.get(page).body())).contains("What survives", "The harbour at dawn");
                var image = fromBackup.getBytes("/" + imagePath);
                assertThat(image.statusCode()).isEqualTo(200);
                assertThat(image.body())
                        .isEqualTo(original.getBytes("/" + imagePath).body());
            }
        }
    }

    /**
     * The article as the first response shows it, without its view count, which this test's reading raises, and
     * its share links, which hold the address of the instance that served it.
     */
    private static String articleOf(String html) {
        var article = Jsoup.parse(html).select("#prerender article.article");
        article.select(".article-views, .share-links").remove();
        return article.outerHtml();
    }

    private List<String> arguments(ScratchSchema restored) {
        var arguments = new java.util.ArrayList<>(restored.applicationArguments());
        arguments.add("--server.port=0");
        arguments.add("--spring.profiles.active=demo");
        return arguments;
    }

    private static int rows(DataSource database, String table) {
        return DSL.using(database, SQLDialect.MARIADB).fetchCount(DSL.table(DSL.name(table)));
    }

    private void run(String script, String... arguments) throws IOException, InterruptedException {
        assertThat(exitCode(script, arguments)).as(script).isZero();
    }

    private int exitCode(String script, String... arguments) throws IOException, InterruptedException {
        var command = new java.util.ArrayList<>(List.of("bash", script));
        command.addAll(List.of(arguments));
        var process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("script.log").toFile());
        var pool = (HikariDataSource) testDatabase;
        var environment = process.environment();
        environment.put("SPRING_DATASOURCE_URL", pool.getJdbcUrl());
        environment.put("SPRING_DATASOURCE_USERNAME", pool.getUsername());
        environment.put("SPRING_DATASOURCE_PASSWORD", Objects.toString(pool.getPassword(), ""));
        // The client programs of whichever server the tests use: the local one, or the embedded MariaDB's.
        environment.put("MARIADB_BIN", serverBaseFolder() + "/bin");
        var started = process.start();
        assertThat(started.waitFor(5, TimeUnit.MINUTES))
                .as(script + " finished")
                .isTrue();
        return started.exitValue();
    }

    private String serverBaseFolder() {
        var folder = DSL.using(testDatabase, SQLDialect.MARIADB)
                .fetchSingle("SELECT @@basedir")
                .get(0, String.class);
        return folder.replaceAll("/+$", "");
    }
}
