/**
 * Public change notes: what changed in a published article after it went out, and when, as readers see it under the
 * article ("Corrected on …: …"), in the feed and in its structured data. A typo needs none.
 */
@NullMarked
package org.newsdesk.corrections;

import org.jspecify.annotations.NullMarked;
