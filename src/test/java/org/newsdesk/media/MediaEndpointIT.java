package org.newsdesk.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.editorial.ArticleDraft;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.editorial.HeroImageDraft;
import org.newsdesk.editorial.VersionDraft;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithMockUser;

/** Image variants as a browser gets them over HTTP: headers, caching, and what stays hidden. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithMockUser(username = "eva", roles = "EDITOR")
class MediaEndpointIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    MediaService media;

    @Autowired
    EditorialService editorial;

    StoredImage published;
    StoredImage unpublished;
    ArticleDraft article;

    @BeforeEach
    void storeImages() {
        published = media.upload(TestImages.png(1000, 500), "published.png");
        unpublished = media.upload(TestImages.png(1000, 500), "embargoed.png");
        var slug = "media-endpoint-" + published.imageId();
        // Old, so that it heads no news grid that other tests of this application look at while it exists.
        article = editorial.save(new ArticleDraft(
                null,
                0,
                null,
                LocalDate.of(2015, 1, 1),
                Map.of(
                        Language.EN,
                        new VersionDraft(
                                "Media endpoint " + slug, slug, "", "Body", PublicationStatus.PUBLISHED, null)),
                null,
                new HeroImageDraft(published.imageId(), Map.of(Language.EN, "A test pattern"))));
    }

    @AfterEach
    void removeArticle() {
        editorial.delete(article.articleId(), article.version());
    }

    @Test
    void aPublishedVariantIsServedAsAnImmutableImage() throws Exception {
        var response = get("/" + published.path(Variant.CARD), null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(response.headers().allValues("Cache-Control"))
                .containsExactly("max-age=31536000, public, immutable");
        assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        var image = ImageIO.read(new ByteArrayInputStream(response.body()));
        assertThat(image.getWidth()).isEqualTo(480);
        assertThat(image.getHeight()).isEqualTo(240);
    }

    @Test
    void anUnchangedVariantIsNotSentAgain() throws Exception {
        var etag = get("/" + published.path(Variant.ARTICLE), null)
                .headers()
                .firstValue("ETag")
                .orElseThrow();

        var again = get("/" + published.path(Variant.ARTICLE), etag);

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void unknownImagesVariantsAndExtensionsAreNotFound() throws Exception {
        var id = published.imageId();

        assertThat(get("/media/999999999/card.jpg", null).statusCode()).isEqualTo(404);
        assertThat(get("/media/" + id + "/original.jpg", null).statusCode()).isEqualTo(404);
        assertThat(get("/media/" + id + "/card.png", null).statusCode()).isEqualTo(404);
        assertThat(get("/media/" + id + "/card.svg", null).statusCode()).isEqualTo(404);
    }

    @Test
    void anImageOnNoPublishedPageIsHiddenFromVisitors() throws Exception {
        assertThat(get("/" + unpublished.path(Variant.CARD), null).statusCode()).isEqualTo(404);
    }

    private HttpResponse<byte[]> get(String path, String ifNoneMatch) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
