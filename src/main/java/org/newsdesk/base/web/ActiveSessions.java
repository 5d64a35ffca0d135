package org.newsdesk.base.web;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import org.springframework.stereotype.Component;

/** How many HTTP sessions the server holds right now: what every visitor costs in memory, made visible. */
@Component
public class ActiveSessions implements HttpSessionListener {

    private final AtomicInteger count = new AtomicInteger();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        count.incrementAndGet();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        count.decrementAndGet();
    }

    public int current() {
        return count.get();
    }
}
