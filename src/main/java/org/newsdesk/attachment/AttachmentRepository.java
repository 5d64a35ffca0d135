package org.newsdesk.attachment;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.selectOne;
import static org.newsdesk.jooq.Tables.ARTICLE_ATTACHMENT;
import static org.newsdesk.jooq.Tables.ARTICLE_TRANSLATION;
import static org.newsdesk.jooq.Tables.DOCUMENT;
import static org.newsdesk.jooq.Tables.DOCUMENT_PART;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.springframework.stereotype.Repository;

/** Stores documents in parts, lists what each language version carries, and reads the parts back to serve them. */
@Repository
class AttachmentRepository {

    /** Well below the server's max_allowed_packet (16 MB by default), which one statement must fit in. */
    static final int PART_BYTES = 4 * 1024 * 1024;

    private final DSLContext dsl;

    AttachmentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    long insertDocument(CheckedDocument document, String uploadedBy, Instant now) {
        var bytes = document.bytes();
        var id = dsl.insertInto(DOCUMENT)
                .set(DOCUMENT.CONTENT_TYPE, document.type().contentType())
                .set(DOCUMENT.FILE_NAME, document.fileName())
                .set(DOCUMENT.SIZE_BYTES, (long) bytes.length)
                .set(DOCUMENT.SHA256, sha256(bytes))
                .set(DOCUMENT.UPLOADED_BY, uploadedBy)
                .set(DOCUMENT.UPLOADED_AT, now)
                .returning(DOCUMENT.ID)
                .fetchSingle()
                .getId();
        for (int part = 0, from = 0; from < bytes.length; part++, from += PART_BYTES) {
            dsl.insertInto(DOCUMENT_PART)
                    .set(DOCUMENT_PART.DOCUMENT_ID, id)
                    .set(DOCUMENT_PART.PART, part)
                    .set(
                            DOCUMENT_PART.BYTES,
                            Arrays.copyOfRange(bytes, from, Math.min(bytes.length, from + PART_BYTES)))
                    .execute();
        }
        return id;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every JDK has SHA-256", impossible);
        }
    }

    Optional<StoredDocument> findDocument(long documentId) {
        var onPublicPage = exists(selectOne()
                .from(ARTICLE_ATTACHMENT)
                .join(ARTICLE_TRANSLATION)
                .on(ARTICLE_TRANSLATION
                        .ARTICLE_ID
                        .eq(ARTICLE_ATTACHMENT.ARTICLE_ID)
                        .and(ARTICLE_TRANSLATION.LANG.eq(ARTICLE_ATTACHMENT.LANG)))
                .where(ARTICLE_ATTACHMENT
                        .DOCUMENT_ID
                        .eq(documentId)
                        .and(ARTICLE_TRANSLATION.STATUS.in(PublicationStatus.readable()))));
        var parts = field(selectCount().from(DOCUMENT_PART).where(DOCUMENT_PART.DOCUMENT_ID.eq(DOCUMENT.ID)))
                .as("parts");
        return dsl.select(
                        DOCUMENT.ID,
                        DOCUMENT.CONTENT_TYPE,
                        DOCUMENT.FILE_NAME,
                        DOCUMENT.SIZE_BYTES,
                        DOCUMENT.SHA256,
                        parts,
                        onPublicPage.as("on_public_page"))
                .from(DOCUMENT)
                .where(DOCUMENT.ID.eq(documentId))
                .fetchOptional(row -> new StoredDocument(
                        row.value1(),
                        DocumentType.ofContentType(row.value2()).orElseThrow(),
                        row.value3(),
                        row.value4(),
                        row.value5(),
                        row.value6(),
                        row.value7()));
    }

    /** One part of a document's bytes, in order from 0. */
    byte[] readPart(long documentId, int part) {
        return dsl.select(DOCUMENT_PART.BYTES)
                .from(DOCUMENT_PART)
                .where(DOCUMENT_PART.DOCUMENT_ID.eq(documentId).and(DOCUMENT_PART.PART.eq(part)))
                .fetchSingle()
                .value1();
    }

    List<Attachment> findAttachments(long articleId, Language language) {
        return dsl.select(
                        ARTICLE_ATTACHMENT.ID,
                        ARTICLE_ATTACHMENT.DOCUMENT_ID,
                        ARTICLE_ATTACHMENT.TITLE,
                        DOCUMENT.CONTENT_TYPE,
                        DOCUMENT.SIZE_BYTES,
                        DOCUMENT.FILE_NAME)
                .from(ARTICLE_ATTACHMENT)
                .join(DOCUMENT)
                .on(DOCUMENT.ID.eq(ARTICLE_ATTACHMENT.DOCUMENT_ID))
                .where(ARTICLE_ATTACHMENT.ARTICLE_ID.eq(articleId).and(ARTICLE_ATTACHMENT.LANG.eq(language)))
                .orderBy(ARTICLE_ATTACHMENT.POSITION, ARTICLE_ATTACHMENT.ID)
                .fetch(AttachmentRepository::attachmentOf);
    }

    private static Attachment attachmentOf(Record row) {
        return new Attachment(
                row.get(ARTICLE_ATTACHMENT.ID),
                row.get(ARTICLE_ATTACHMENT.DOCUMENT_ID),
                row.get(ARTICLE_ATTACHMENT.TITLE),
                DocumentType.ofContentType(row.get(DOCUMENT.CONTENT_TYPE)).orElseThrow(),
                row.get(DOCUMENT.SIZE_BYTES),
                row.get(DOCUMENT.FILE_NAME));
    }

    /** The article and language an attachment belongs to, if it exists. */
    Optional<AttachedTo> findAttachedTo(long attachmentId) {
        return dsl.select(ARTICLE_ATTACHMENT.ARTICLE_ID, ARTICLE_ATTACHMENT.LANG, ARTICLE_ATTACHMENT.TITLE)
                .from(ARTICLE_ATTACHMENT)
                .where(ARTICLE_ATTACHMENT.ID.eq(attachmentId))
                .fetchOptional(row -> new AttachedTo(row.value1(), row.value2(), row.value3()));
    }

    record AttachedTo(long articleId, Language language, String title) {}

    Optional<PublicationStatus> versionStatus(long articleId, Language language) {
        return dsl.select(ARTICLE_TRANSLATION.STATUS)
                .from(ARTICLE_TRANSLATION)
                .where(ARTICLE_TRANSLATION.ARTICLE_ID.eq(articleId).and(ARTICLE_TRANSLATION.LANG.eq(language)))
                .fetchOptional(ARTICLE_TRANSLATION.STATUS);
    }

    boolean documentExists(long documentId) {
        return dsl.fetchExists(DOCUMENT, DOCUMENT.ID.eq(documentId));
    }

    boolean isAttached(long articleId, Language language, long documentId) {
        return dsl.fetchExists(
                ARTICLE_ATTACHMENT,
                ARTICLE_ATTACHMENT
                        .ARTICLE_ID
                        .eq(articleId)
                        .and(ARTICLE_ATTACHMENT.LANG.eq(language))
                        .and(ARTICLE_ATTACHMENT.DOCUMENT_ID.eq(documentId)));
    }

    long attach(long articleId, Language language, long documentId, String title) {
        var last = dsl.select(coalesce(max(ARTICLE_ATTACHMENT.POSITION), inline(-1)))
                .from(ARTICLE_ATTACHMENT)
                .where(ARTICLE_ATTACHMENT.ARTICLE_ID.eq(articleId).and(ARTICLE_ATTACHMENT.LANG.eq(language)))
                .fetchSingle()
                .value1();
        return dsl.insertInto(ARTICLE_ATTACHMENT)
                .set(ARTICLE_ATTACHMENT.ARTICLE_ID, articleId)
                .set(ARTICLE_ATTACHMENT.LANG, language)
                .set(ARTICLE_ATTACHMENT.DOCUMENT_ID, documentId)
                .set(ARTICLE_ATTACHMENT.TITLE, title)
                .set(ARTICLE_ATTACHMENT.POSITION, last + 1)
                .returning(ARTICLE_ATTACHMENT.ID)
                .fetchSingle()
                .getId();
    }

    void detach(long attachmentId) {
        dsl.deleteFrom(ARTICLE_ATTACHMENT)
                .where(ARTICLE_ATTACHMENT.ID.eq(attachmentId))
                .execute();
    }

    /** @return how many documents uploaded before the moment that no version lists were deleted, parts and all */
    int deleteUnusedUploadedBefore(Instant moment) {
        return dsl.deleteFrom(DOCUMENT)
                .where(DOCUMENT.UPLOADED_AT
                        .lt(moment)
                        .andNotExists(selectOne()
                                .from(ARTICLE_ATTACHMENT)
                                .where(ARTICLE_ATTACHMENT.DOCUMENT_ID.eq(DOCUMENT.ID))))
                .execute();
    }
}
