package org.newsdesk;

import java.time.Clock;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.newsdesk.base.NewsdeskProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Newsdesk. Lumo styles the back office's Vaadin components; the public site's own look lives in
 * {@code frontend/newsdesk.css}, served as a plain stylesheet so that Vaadin keeps its pre-compiled bundle.
 * Scheduling is switched on here because several features run jobs: publishing scheduled versions, flushing view
 * counts, cleaning up presence and abandoned uploads.
 */
@SpringBootApplication
@EnableScheduling
@EnableConfigurationProperties(NewsdeskProperties.class)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://site/newsdesk.css")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
        // Browsers that read SVG icons take this one; the others ask for /favicon.ico by themselves.
        settings.addFavIcon("icon", "site/favicon.svg", "any");
    }

    /** Moments are instants; only the site's zone (base.SiteTime) turns them into dates and times of day. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
