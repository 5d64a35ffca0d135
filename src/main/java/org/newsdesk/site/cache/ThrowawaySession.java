package org.newsdesk.site.cache;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionBindingListener;
import org.jspecify.annotations.Nullable;

/**
 * A session that lives for one rendering of a first response and that the servlet container never sees: no
 * cookie, no entry in its session manager. Vaadin and Spring Security keep their per-visitor state in it while
 * the page is rendered, and it goes with the request.
 */
final class ThrowawaySession implements HttpSession {

    private final String id = UUID.randomUUID().toString();
    private final long creationTime = System.currentTimeMillis();
    private final ServletContext context;
    private final Map<String, Object> attributes = new ConcurrentHashMap<>();
    private int maxInactiveInterval;

    ThrowawaySession(ServletContext context) {
        this.context = context;
    }

    @Override
    public long getCreationTime() {
        return creationTime;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public long getLastAccessedTime() {
        return creationTime;
    }

    @Override
    public ServletContext getServletContext() {
        return context;
    }

    @Override
    public void setMaxInactiveInterval(int interval) {
        maxInactiveInterval = interval;
    }

    @Override
    public int getMaxInactiveInterval() {
        return maxInactiveInterval;
    }

    @Override
    public @Nullable Object getAttribute(String name) {
        return attributes.get(name);
    }

    @Override
    public Enumeration<String> getAttributeNames() {
        return Collections.enumeration(attributes.keySet());
    }

    @Override
    public void setAttribute(String name, @Nullable Object value) {
        if (value == null) {
            removeAttribute(name);
            return;
        }
        var previous = attributes.put(name, value);
        if (previous != value) {
            if (value instanceof HttpSessionBindingListener listener) {
                listener.valueBound(new HttpSessionBindingEvent(this, name, value));
            }
            unbound(name, previous);
        }
    }

    @Override
    public void removeAttribute(String name) {
        unbound(name, attributes.remove(name));
    }

    /** Ends the session as the container would, so that Vaadin closes what it opened in it. */
    @Override
    public void invalidate() {
        for (var name : attributes.keySet()) {
            removeAttribute(name);
        }
    }

    @Override
    public boolean isNew() {
        return true;
    }

    private void unbound(String name, @Nullable Object value) {
        if (value instanceof HttpSessionBindingListener listener) {
            listener.valueUnbound(new HttpSessionBindingEvent(this, name, value));
        }
    }
}
