package org.newsdesk.presence;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an open editor should know about the others right now.
 *
 * @param othersEditing   display names of the other staff who have the article open, sorted
 * @param newerVersionBy  who saved the article after this editor loaded it; null while nobody did
 */
public record EditingState(
        List<String> othersEditing, @Nullable String newerVersionBy) {}
