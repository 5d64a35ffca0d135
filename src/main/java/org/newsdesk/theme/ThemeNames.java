package org.newsdesk.theme;

/** A theme's name, slug and description in one language, as editors write them. */
public record ThemeNames(String name, String slug, String description) {

    public ThemeNames {
        name = name == null ? "" : name.strip();
        slug = slug == null ? "" : slug.strip();
        description = description == null ? "" : description.strip();
    }

    public boolean isBlank() {
        return name.isEmpty() && slug.isEmpty() && description.isEmpty();
    }
}
