package org.newsdesk.base;

import org.jooq.impl.EnumConverter;

/** A {@link Language} as `lang` columns store it, by its code ("nl"); the pom's jOOQ codegen applies it. */
public final class LanguageConverter extends EnumConverter<String, Language> {

    public LanguageConverter() {
        super(String.class, Language.class, Language::code);
    }
}
