package org.newsdesk.previewlink;

import org.newsdesk.base.web.Addresses;

/**
 * A link just made, with its token: the one moment its address can be known, since only the hash is kept.
 *
 * @param token the secret part of the address
 */
public record CreatedLink(PreviewLink link, String token) {

    /** The preview's site-relative address. */
    public String path() {
        return Addresses.sharedPreview(link.language(), token);
    }

    @Override
    public String toString() {
        return "CreatedLink[" + link + "]";
    }
}
