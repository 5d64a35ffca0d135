package org.newsdesk.editorial;

import java.time.Instant;

/**
 * The latest save of one language version, for the editor's state line.
 *
 * @param savedBy the display name, or the username when the account is gone
 */
public record LastSave(String savedBy, Instant savedAt) {}
