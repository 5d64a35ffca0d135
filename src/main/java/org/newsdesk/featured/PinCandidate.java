package org.newsdesk.featured;

import java.time.LocalDate;

import org.newsdesk.base.PublicationStatus;

/** A language version that may be pinned: published, or scheduled to be (it then shows once it is live). */
public record PinCandidate(long articleId, String title, LocalDate publicationDate, PublicationStatus status) {}
