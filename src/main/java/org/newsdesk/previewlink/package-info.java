/**
 * Preview links: a language version in any state shown to someone without an account at an address with an
 * unguessable token, until it expires or is revoked; their comments become internal notes.
 */
@NullMarked
package org.newsdesk.previewlink;

import org.jspecify.annotations.NullMarked;
