package org.newsdesk.backoffice.article;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.streams.UploadEvent;
import org.jspecify.annotations.Nullable;
import org.newsdesk.attachment.Attachment;
import org.newsdesk.attachment.AttachmentService;
import org.newsdesk.attachment.DocumentType;
import org.newsdesk.attachment.UploadedDocument;
import org.newsdesk.backoffice.layout.FieldProblems;
import org.newsdesk.base.Formats;
import org.newsdesk.base.Language;
import org.newsdesk.base.Rejected;
import org.newsdesk.security.EditingRights;

/**
 * The documents of a saved article, per language: upload one (checked by its content on the server, whatever the
 * browser allowed), give it a title in the version's language and add it, or remove one. Unlike the fields above,
 * these take effect at once (see {@link AttachmentService}); a new article gets them after its first save.
 */
class AttachmentsPanel extends Div {

    private final AttachmentService attachments;
    private final Locale locale;
    private final Paragraph saveFirst = new Paragraph();
    private final Div withArticle = new Div();
    private final Select<Language> language = new Select<>();
    private final TextField title = new TextField();
    private final Upload upload = new Upload();
    private final Span uploaded = new Span();
    private final Button add = new Button();
    private final Grid<Listed> grid = new Grid<>();
    private @Nullable Long articleId;
    private @Nullable UploadedDocument pending;
    private boolean changesDocuments = true;
    private final HorizontalLayout form;
    private final Paragraph help;

    /** One row of the list: an attachment and the language version that lists it. */
    record Listed(Language language, Attachment attachment) {}

    AttachmentsPanel(AttachmentService attachments) {
        this.attachments = attachments;
        this.locale = getLocale();
        addClassName("attachments-panel");
        var heading = new H2(getTranslation("attachments.heading"));
        saveFirst.setText(getTranslation("attachments.saveFirst"));
        help = new Paragraph(getTranslation("attachments.help"));
        language.setLabel(getTranslation("attachments.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(each -> getTranslation(each.locale(), "language.name"));
        language.setValue(Language.DEFAULT);
        title.setLabel(getTranslation("attachments.title"));
        title.setMaxLength(AttachmentService.MAX_TITLE_LENGTH);
        title.setMinWidth("20rem");
        upload.addClassName("attachments-upload");
        upload.setUploadHandler(this::receive);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(AttachmentService.MAX_UPLOAD_BYTES);
        var accepted = new ArrayList<String>();
        for (var type : DocumentType.values()) {
            accepted.add(type.contentType());
            accepted.add("." + type.extension());
        }
        upload.setAcceptedFileTypes(accepted.toArray(String[]::new));
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("attachments.upload")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("attachments.drop")))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(getTranslation(
                                "attachment.problem.tooLarge", AttachmentService.MAX_UPLOAD_BYTES / (1024 * 1024)))
                        .setIncorrectFileType(getTranslation("attachment.problem.wrongType"))
                        .setTooManyFiles(getTranslation("attachments.oneFile"))));
        uploaded.addClassName("attachments-uploaded");
        uploaded.getElement().setAttribute("role", "status");
        add.setText(getTranslation("attachments.add"));
        add.setIcon(VaadinIcon.PAPERCLIP.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setEnabled(false);
        add.addClickListener(click -> attach());
        form = new HorizontalLayout(language, title, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        grid.addColumn(row -> getTranslation(row.language().locale(), "language.name"))
                .setHeader(getTranslation("attachments.language"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> row.attachment().title())
                .setHeader(getTranslation("attachments.title"))
                .setFlexGrow(2);
        grid.addColumn(row -> facts(row.attachment()))
                .setHeader(getTranslation("attachments.file"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::removeButton).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addClassName("attachments-grid");
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("attachments.none"));
        withArticle.add(help, upload, uploaded, form, grid);
        add(heading, saveFirst, withArticle);
        show(null);
    }

    /** Documents are attached and removed by editors; translators see which ones the versions list. */
    void limitTo(EditingRights rights) {
        changesDocuments = rights.wholeArticle();
        help.setVisible(changesDocuments);
        upload.setVisible(changesDocuments);
        uploaded.setVisible(changesDocuments);
        form.setVisible(changesDocuments);
        refresh();
    }

    /** @param shown null for an article not saved yet */
    void show(@Nullable Long shown) {
        articleId = shown;
        saveFirst.setVisible(shown == null);
        withArticle.setVisible(shown != null);
        forgetPending();
        refresh();
    }

    /** Runs for the upload request, outside the UI's lock: the check and storing happen here, then the UI. */
    private void receive(UploadEvent event) throws IOException {
        byte[] bytes;
        try (var input = event.getInputStream()) {
            // One byte more than allowed is enough to refuse: the rest is never read into memory.
            bytes = input.readNBytes(AttachmentService.MAX_UPLOAD_BYTES + 1);
        }
        try {
            var stored = attachments.upload(bytes, event.getFileName());
            event.getUI().access(() -> {
                pending = stored;
                upload.clearFileList();
                uploaded.setText(getTranslation(
                        "attachments.uploaded",
                        stored.fileName(),
                        stored.type().name(),
                        Formats.fileSize(stored.sizeBytes(), Language.fromLocale(locale))));
                add.setEnabled(true);
            });
        } catch (Rejected rejected) {
            var problem = rejected.problems().values().iterator().next();
            event.reject(I18NProvider.translate(locale, problem.messageKey(), problem.argumentArray()));
            event.getUI().access(() -> {
                upload.clearFileList();
                forgetPending();
                uploaded.setText(FieldProblems.text(this, problem));
            });
        }
    }

    private void attach() {
        var document = pending;
        var article = articleId;
        if (document == null || article == null) {
            return;
        }
        try {
            attachments.attach(article, language.getValue(), document.documentId(), title.getValue());
            FieldProblems.showAll(Map.of("title", title), Map.of());
            title.clear();
            forgetPending();
            refresh();
        } catch (Rejected rejected) {
            FieldProblems.showAll(Map.of("title", title), rejected.problems());
            var other = rejected.problems().get("file");
            if (other != null) {
                uploaded.setText(FieldProblems.text(this, other));
            }
        }
    }

    private void forgetPending() {
        pending = null;
        uploaded.setText("");
        add.setEnabled(false);
    }

    private Button removeButton(Listed row) {
        var remove = new Button(VaadinIcon.TRASH.create(), click -> {
            attachments.remove(row.attachment().id());
            refresh();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setVisible(changesDocuments);
        remove.setAriaLabel(
                getTranslation("attachments.remove.label", row.attachment().title()));
        remove.setTooltipText(getTranslation("attachments.remove"));
        return remove;
    }

    private String facts(Attachment attachment) {
        return attachment.fileName() + " · " + attachment.type().name() + ", "
                + Formats.fileSize(attachment.sizeBytes(), Language.fromLocale(locale));
    }

    private void refresh() {
        var rows = new ArrayList<Listed>();
        if (articleId != null) {
            attachments
                    .ofArticle(articleId)
                    .forEach((each, listed) -> listed.forEach(attachment -> rows.add(new Listed(each, attachment))));
        }
        grid.setItems(rows);
    }
}
