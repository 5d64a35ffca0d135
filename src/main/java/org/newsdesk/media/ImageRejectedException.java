package org.newsdesk.media;

/** An upload that is not an image Newsdesk accepts; nothing was stored. */
public class ImageRejectedException extends RuntimeException {

    private final String messageKey;

    ImageRejectedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    ImageRejectedException(String messageKey, Throwable cause) {
        super(messageKey, cause);
        this.messageKey = messageKey;
    }

    /** The i18n key of the reason, for the editor. */
    public String messageKey() {
        return messageKey;
    }
}
