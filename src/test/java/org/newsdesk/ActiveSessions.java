package org.newsdesk;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;

/** The HTTP sessions the server holds right now: what visitors cost in memory, made visible to the tests that {@code @Import} it. */
public class ActiveSessions implements HttpSessionListener, HttpSessionIdListener {

    private final Set<String> ids = ConcurrentHashMap.newKeySet();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        ids.add(event.getSession().getId());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        ids.remove(event.getSession().getId());
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        ids.remove(oldSessionId);
        ids.add(event.getSession().getId());
    }

    public int count() {
        return ids.size();
    }

    public boolean isActive(String sessionId) {
        return ids.contains(sessionId);
    }
}
