package org.newsdesk.security;

import java.util.List;

/**
 * What a page may load and run, on the public site and the staff pages (sign-in and back office) alike: both are
 * Vaadin pages and need exactly what Vaadin's client needs (see {@link #VAADIN_BOOTSTRAP_SCRIPTS}); everything else
 * is closed. Scripts come only from the site itself plus the hashed inline scripts of Vaadin's bootstrap page: no
 * other inline script, no event-handler attribute, no {@code javascript:} address runs. docs/architecture.md ("HTTP
 * hardening") explains each exception; {@code ContentSecurityPolicyIT} shows in Chromium that the pages run
 * without a violation.
 */
final class ContentSecurityPolicy {

    /**
     * The inline scripts of Vaadin's bootstrap page, by their SHA-256: the old-browser check, the {@code
     * window.Vaadin} namespace, the {@code JSCompiler_renameProperty} shim, and, on every page of a visitor with a
     * session (staff, a reader whose live view has started), the module that Vaadin's security configuration adds to
     * copy a CSRF cookie into forms. They are the same bytes on every page and for every visitor, so hashes suit the
     * public first response, which is cached and shared, where a per-request nonce would not. Since that last one
     * comes with any session, the public site and the staff pages need the same list, and get one policy.
     * {@code SecurityHeadersIT} fails when a Vaadin upgrade changes one of them.
     */
    static final List<String> VAADIN_BOOTSTRAP_SCRIPTS = List.of(
            "'sha256-1gqGE7B/UYTDy5TnrqbzbfyALBKnwBym4JXLgM0b7xg='",
            "'sha256-C1UGzXT2eXIEEjCCnproCD0qCz92JQ6NkFY418AY26E='",
            "'sha256-JBodGcQ4UAlJkxJCAWJ4UxxUrxMW+ZF7xA2+Of65RkI='",
            "'sha256-zlrHd8+UaKwqBZqO4unUzbZlNEL1g16tkFd/dtq8VQ8='");

    /**
     * {@code 'unsafe-eval'}: Vaadin's client runs what the server sends ({@code executeJs}, e.g. the public pages'
     * server-rendered HTML written into the page, and every event's data expressions) by constructing functions
     * from it; Vaadin 25.2 has no other way. {@code style-src 'unsafe-inline'}: Vaadin's components, its Lumo theme
     * and Lit add {@code <style>} elements and {@code style} attributes while they run, with content that depends
     * on the component, so neither hashes nor a nonce (which the cached public page cannot carry) can name them.
     * Inline styles cannot run code; scripts stay strict.
     */
    static final String POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-eval' " + String.join(" ", VAADIN_BOOTSTRAP_SCRIPTS),
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private ContentSecurityPolicy() {}
}
