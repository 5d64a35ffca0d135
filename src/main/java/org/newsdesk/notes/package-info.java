/** Internal notes on articles: what staff tell each other about an article, never shown to visitors. */
@NullMarked
package org.newsdesk.notes;

import org.jspecify.annotations.NullMarked;
