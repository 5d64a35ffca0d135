package org.newsdesk.attachment;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.newsdesk.audit.AuditLog;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.base.Rejected;
import org.newsdesk.publiccontent.ContentChanges;
import org.newsdesk.security.EditorsAndTranslators;
import org.newsdesk.security.SignedIn;
import org.newsdesk.security.StaffOnly;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents attached to language versions: uploaded and checked by their content first, then attached to a version
 * with a title in its language. Attaching and removing take effect at once, like a change of the hero image's alt
 * text would after a save: a document is often added to a page that is already live (the report announced last
 * week), so waiting for the next save of the text would only hide it. Both are audited, and a change to a published
 * version is a change of public content. Everyone may download the documents of published versions; staff, all.
 */
@Service
@Transactional
public class AttachmentService {

    public static final int MAX_TITLE_LENGTH = 300;
    /** What the upload may read: the largest document accepted, and one byte more to know it is too large. */
    public static final int MAX_UPLOAD_BYTES = CheckedDocument.MAX_BYTES;

    private final AttachmentRepository documents;
    private final AuditLog audit;
    private final ContentChanges contentChanges;
    private final SecurityContextHolderStrategy security;
    private final Clock clock;

    AttachmentService(
            AttachmentRepository documents,
            AuditLog audit,
            ContentChanges contentChanges,
            SecurityContextHolderStrategy security,
            Clock clock) {
        this.documents = documents;
        this.audit = audit;
        this.contentChanges = contentChanges;
        this.security = security;
        this.clock = clock;
    }

    /**
     * Checks and stores an upload; it is attached to nothing yet (see {@link #attach}), and removed after a day if it
     * never is.
     *
     * @param bytes up to {@link #MAX_UPLOAD_BYTES} + 1 bytes of the upload
     * @throws Rejected for {@code file}: too large, empty, or not a PDF, ODT, DOCX, XLSX or CSV by its content;
     *     nothing is stored
     */
    @StaffOnly
    public UploadedDocument upload(byte[] bytes, @Nullable String fileName) {
        var checked = CheckedDocument.check(bytes, fileName);
        var id = documents.insertDocument(checked, SignedIn.username(security), Instant.now(clock));
        audit.record(
                "DOCUMENT_UPLOADED",
                "document " + id,
                fileName + " (" + checked.type().contentType() + ", " + bytes.length + " bytes)");
        return new UploadedDocument(id, checked.type(), bytes.length, checked.fileName());
    }

    /**
     * Lists an uploaded document on a language version, after its other documents.
     *
     * @throws Rejected for {@code title} (required, at most 300 characters) or {@code file} (the version does not
     *     exist, the document is gone, or the version lists it already); nothing changes
     */
    @StaffOnly
    public Attachment attach(long articleId, Language language, long documentId, String title) {
        var written = title == null ? "" : title.strip();
        if (written.isEmpty()) {
            throw new Rejected("title", "attachment.problem.titleRequired");
        }
        if (written.length() > MAX_TITLE_LENGTH) {
            throw new Rejected("title", "attachment.problem.titleTooLong", MAX_TITLE_LENGTH);
        }
        var status = documents
                .versionStatus(articleId, language)
                .orElseThrow(() -> new Rejected("file", "attachment.problem.noVersion"));
        if (!documents.documentExists(documentId)) {
            throw new Rejected("file", "attachment.problem.gone");
        }
        if (documents.isAttached(articleId, language, documentId)) {
            throw new Rejected("file", "attachment.problem.attachedAlready");
        }
        var id = documents.attach(articleId, language, documentId, written);
        audit.record("ATTACHMENT_ADDED", "article " + articleId + " " + language.code(), written);
        if (status.isReadable()) {
            contentChanges.record();
        }
        return documents.findAttachments(articleId, language).stream()
                .filter(attachment -> attachment.id() == id)
                .findFirst()
                .orElseThrow();
    }

    /** Takes a document off a version; the document itself goes with the clean-up once nothing lists it. */
    @StaffOnly
    public void remove(long attachmentId) {
        documents.findAttachedTo(attachmentId).ifPresent(attached -> {
            documents.detach(attachmentId);
            audit.record(
                    "ATTACHMENT_REMOVED",
                    "article " + attached.articleId() + " "
                            + attached.language().code(),
                    attached.title());
            if (documents
                    .versionStatus(attached.articleId(), attached.language())
                    .filter(PublicationStatus::isReadable)
                    .isPresent()) {
                contentChanges.record();
            }
        });
    }

    /** The documents a language version lists, in order: what its page shows, in whatever state the version is. */
    @Transactional(readOnly = true)
    public List<Attachment> of(long articleId, Language language) {
        return documents.findAttachments(articleId, language);
    }

    /** Every language's documents of an article, for the editor. */
    @EditorsAndTranslators
    @Transactional(readOnly = true)
    public Map<Language, List<Attachment>> ofArticle(long articleId) {
        var all = new EnumMap<Language, List<Attachment>>(Language.class);
        for (var language : Language.values()) {
            var listed = documents.findAttachments(articleId, language);
            if (!listed.isEmpty()) {
                all.put(language, listed);
            }
        }
        return all;
    }

    /** @param staff whether the one asking is signed-in staff, who may also download documents not yet public */
    @Transactional(readOnly = true)
    Optional<StoredDocument> download(long documentId, boolean staff) {
        return documents.findDocument(documentId).filter(document -> staff || document.onPublicPage());
    }

    /** One part of a stored document's bytes; parts never change, so they may be read one by one, as served. */
    @Transactional(readOnly = true)
    byte[] part(long documentId, int part) {
        return documents.readPart(documentId, part);
    }
}
