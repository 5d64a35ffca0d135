package org.newsdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatObject;
import static org.newsdesk.e2e.ArticleEditorPage.visible;
import static org.newsdesk.jooq.Tables.IMAGE;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.options.FilePayload;
import jakarta.servlet.ServletContext;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.newsdesk.HostileUploads;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An editor drops a renamed program and an SVG with a script (named .png, so that the browser's own check of the
 * type lets it through) on the hero image field of the real editor: each time the field says why, and neither an image row nor a temporary file of the servlet container stays behind.
 */
class HostileUploadIT extends BrowserTest {

    @Autowired
    DSLContext dsl;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    ServletContext servletContext;

    @Override
    String browserLocale() {
        return "en-GB";
    }

    @Test
    void theEditorIsToldWhyAndNothingStaysBehind() throws IOException {
        page.navigate(url("/admin/articles"));
        SignInForm.signIn(page, ThrowawayEditors.editor(dsl, passwords, "Uma Uploader"), ThrowawayEditors.PASSWORD);
        assertThat(visible(page.getByLabel("Title"))).isVisible(PATIENTLY);
        var images = dsl.fetchCount(IMAGE);
        var files = temporaryFiles();
        var input = page.locator(".hero-image-field vaadin-upload input[type=file]");
        var problem = page.locator(".hero-image-problem");

        input.setInputFiles(new FilePayload("photo.jpg", "image/jpeg", HostileUploads.elfProgram()));
        assertThat(problem)
                .hasText("This file is a program, not an image, whatever its name says. Upload a JPEG, PNG"
                        + " or WebP photo.");

        input.setInputFiles(new FilePayload("logo.png", "image/png", HostileUploads.svgWithScript()));
        assertThat(problem).containsText("SVG drawings cannot be used as images");

        assertThat(page.locator("img.hero-image-preview")).isHidden();
        assertThatObject(dsl.fetchCount(IMAGE)).isEqualTo(images);
        assertThatObject(temporaryFiles()).isEqualTo(files);
    }

    /** Where Tomcat keeps the parts of multipart requests it parses, unless told otherwise. */
    private List<Path> temporaryFiles() throws IOException {
        var directory = ((File) servletContext.getAttribute(ServletContext.TEMPDIR)).toPath();
        try (var all = Files.walk(directory)) {
            return all.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
