package org.newsdesk.publiccontent;

/** Something the public site shows has changed, here or on another instance: copies of public pages are stale. */
public enum PublicContentChanged {
    INSTANCE
}
