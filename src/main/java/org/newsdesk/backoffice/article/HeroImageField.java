package org.newsdesk.backoffice.article;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.streams.UploadEvent;
import org.jspecify.annotations.Nullable;
import org.newsdesk.backoffice.layout.FieldProblems;
import org.newsdesk.base.Language;
import org.newsdesk.base.Problem;
import org.newsdesk.base.Rejected;
import org.newsdesk.editorial.HeroImageDraft;
import org.newsdesk.media.ImageFormat;
import org.newsdesk.media.ImageProcessor;
import org.newsdesk.media.MediaService;
import org.newsdesk.media.StoredImage;
import org.newsdesk.media.Variant;
import org.newsdesk.security.EditingRights;

/**
 * The article's hero image in the editor: upload (with the upload's own progress bar), a preview, removal, and
 * the alt text in every language. The server checks every upload by its content, whatever the browser allowed.
 */
class HeroImageField extends Div {

    private final MediaService media;
    private final Runnable onEdit;
    private final Locale locale;
    private final Upload upload = new Upload();
    private final Image preview = new Image();
    private final Button remove = new Button();
    private final Span uploadProblem = new Span();
    private final Map<Language, TextField> altTexts = new EnumMap<>(Language.class);
    private final Div withImage = new Div();
    private final Paragraph help = new Paragraph();
    private boolean choosesImage = true;
    private @Nullable StoredImage image;
    /** The image the article had when it was loaded: kept until a save replaces it. */
    private @Nullable Long savedImageId;

    HeroImageField(MediaService media, Runnable onEdit) {
        this.media = media;
        this.onEdit = onEdit;
        this.locale = getLocale();
        addClassName("hero-image-field");
        var heading = new H2(getTranslation("editor.hero"));
        heading.addClassName("hero-image-heading");
        upload.setUploadHandler(this::receive);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ImageProcessor.MAX_BYTES);
        upload.setAcceptedFileTypes(
                ImageFormat.JPEG.contentType(),
                ImageFormat.PNG.contentType(),
                ImageFormat.WEBP.contentType(),
                ".jpg",
                ".jpeg",
                ".png",
                ".webp");
        upload.setI18n(uploadTexts());
        upload.addFileRejectedListener(rejected -> showUploadProblem(getTranslation("media.notAcceptedHere")));
        uploadProblem.addClassName("hero-image-problem");
        uploadProblem.getElement().setAttribute("role", "alert");
        help.setText(getTranslation("editor.heroHelp"));
        help.addClassName("hero-image-help");
        preview.addClassName("hero-image-preview");
        preview.setAlt(getTranslation("editor.heroPreview"));
        remove.setText(getTranslation("editor.heroRemove"));
        remove.setIcon(VaadinIcon.TRASH.create());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.addClickListener(click -> {
            discardUnsaved();
            showImage(null);
            onEdit.run();
        });
        var alts = new FormLayout();
        alts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        for (var language : Language.values()) {
            var field =
                    new TextField(getTranslation("editor.heroAlt", getTranslation(language.locale(), "language.name")));
            field.setMaxLength(300);
            field.setWidthFull();
            field.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    onEdit.run();
                }
            });
            altTexts.put(language, field);
            alts.add(field);
        }
        var altHelp = new Paragraph(getTranslation("editor.heroAltHelp"));
        altHelp.addClassName("hero-image-help");
        var previewAndRemove = new Div(preview, remove);
        previewAndRemove.addClassName("hero-image-preview-row");
        withImage.add(previewAndRemove, altHelp, alts);
        add(heading, help, upload, uploadProblem, withImage);
        showImage(null);
    }

    private UploadI18N uploadTexts() {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("editor.heroUpload")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("editor.heroDrop")))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(getTranslation("media.tooLarge"))
                        .setIncorrectFileType(getTranslation("media.notAnImage"))
                        .setTooManyFiles(getTranslation("media.oneImage")));
    }

    /** Runs for the upload request, outside the UI's lock: the check and storing happen here, then the UI. */
    private void receive(UploadEvent event) throws IOException {
        byte[] bytes;
        try (var input = event.getInputStream()) {
            // One byte more than allowed is enough to refuse: the rest is never read into memory.
            bytes = input.readNBytes(ImageProcessor.MAX_BYTES + 1);
        }
        try {
            var stored = media.upload(bytes, event.getFileName());
            event.getUI().access(() -> {
                discardUnsaved();
                showImage(stored);
                upload.clearFileList();
                onEdit.run();
            });
        } catch (Rejected rejected) {
            var problem = rejected.problems().values().iterator().next();
            event.reject(I18NProvider.translate(locale, problem.messageKey(), problem.argumentArray()));
            event.getUI().access(() -> {
                upload.clearFileList();
                showUploadProblem(FieldProblems.text(this, problem));
            });
        }
    }

    private void showUploadProblem(String text) {
        uploadProblem.setText(text);
        uploadProblem.setVisible(true);
    }

    /** An upload replaced or removed before it was ever saved with the article would stay behind unused. */
    private void discardUnsaved() {
        if (image != null && !Long.valueOf(image.imageId()).equals(savedImageId)) {
            media.discardIfUnused(image.imageId());
        }
    }

    private void showImage(@Nullable StoredImage shown) {
        image = shown;
        // Someone who cannot choose an image has nothing to do here without one.
        setVisible(choosesImage || shown != null);
        uploadProblem.setVisible(false);
        withImage.setVisible(shown != null);
        if (shown != null) {
            preview.setSrc(shown.path(Variant.CARD));
        }
    }

    void setValue(@Nullable HeroImageDraft hero) {
        savedImageId = hero == null ? null : hero.imageId();
        showImage(hero == null ? null : media.find(hero.imageId()).orElse(null));
        altTexts.forEach((language, field) -> {
            field.setValue(hero == null ? "" : hero.altText(language));
            field.setInvalid(false);
        });
    }

    /** Alt texts typed before the image is removed are dropped with it. */
    @Nullable
    HeroImageDraft value() {
        if (image == null) {
            return null;
        }
        var texts = new EnumMap<Language, String>(Language.class);
        altTexts.forEach((language, field) -> texts.put(language, field.getValue()));
        return new HeroImageDraft(image.imageId(), texts);
    }

    /**
     * What a translator may change: the alt texts of their languages. The image is shared by every version, so
     * choosing or removing it is for editors.
     */
    void limitTo(EditingRights rights) {
        choosesImage = rights.wholeArticle();
        upload.setVisible(rights.wholeArticle());
        help.setVisible(rights.wholeArticle());
        remove.setVisible(rights.wholeArticle());
        altTexts.forEach((language, field) -> field.setReadOnly(!rights.mayWrite(language)));
    }

    void clearProblems() {
        uploadProblem.setVisible(false);
        altTexts.values().forEach(field -> field.setInvalid(false));
    }

    /** @return whether the problem belongs to this field: {@code hero} or {@code heroAlt.<language>} */
    boolean showProblem(String field, Problem problem) {
        if (field.equals("hero")) {
            showUploadProblem(FieldProblems.text(this, problem));
            return true;
        }
        var language = field.startsWith("heroAlt.")
                ? Language.fromCode(field.substring("heroAlt.".length()))
                : Optional.<Language>empty();
        language.map(altTexts::get).ifPresent(altText -> FieldProblems.show(altText, problem));
        return language.isPresent();
    }
}
