package org.newsdesk.corrections;

import org.newsdesk.base.Language;

/** A change note as the newsroom sees it: which version it is about and who wrote it. */
public record NotedChange(Language language, String notedBy, PublicChangeNote note) {}
