package org.newsdesk.base;

import org.springframework.context.SmartLifecycle;

/**
 * Counts kept in memory and written to the database in batches (views, redirect uses), written one last time when
 * the application stops, so that a graceful stop loses none. Context shutdown stops lifecycle beans before it closes
 * the DataSource, and lower phases stop later: phase 0 stops after the web server (DEFAULT_PHASE - 1024), so its
 * last requests count too.
 */
public abstract class WrittenInBatches implements SmartLifecycle {

    private volatile boolean running;

    /** Writes what is pending in one batch; what cannot be written stays pending. */
    public abstract void flush();

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        flush();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return 0;
    }
}
