/**
 * An article's history: everything that happened to it and its language versions, newest first, gathered from the
 * audit log, the revisions, the internal notes and the change notes, which each keep their own part.
 */
@NullMarked
package org.newsdesk.history;

import org.jspecify.annotations.NullMarked;
