package org.newsdesk.security;

import java.util.List;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.security.ui.LoginView;
import org.springframework.boot.web.server.servlet.CookieSameSiteSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Who may see what. Public pages are open, everything under /admin needs a staff role (checked by Vaadin per
 * view and again by method security in the services), and the only technical endpoint open to all is health.
 * Signed-in sessions are registered so that an account that loses its access can be signed out everywhere.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            List<SignInGate> signInGates,
            SessionRegistry sessionRegistry,
            RequestUtil vaadinRequests)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                        Addresses.STATIC_FILES_PATTERN, "/actuator/health", "/actuator/health/**")
                .permitAll()
                // Images decide themselves who may see them: staff see every upload, visitors those on published pages.
                .requestMatchers(HttpMethod.GET, Addresses.FEEDS_CRAWLER_FILES_AND_IMAGES_PATTERNS)
                .permitAll()
                .requestMatchers(HttpMethod.HEAD, Addresses.FEEDS_CRAWLER_FILES_AND_IMAGES_PATTERNS)
                .permitAll()
                .requestMatchers(Addresses.BACK_OFFICE_PATTERNS)
                .authenticated()
                // Any other page address is the router's to answer: a public view, or its friendly 404. Views
                // that need a role are still refused by Vaadin's access control on navigation.
                .requestMatchers(HttpMethod.GET, "/**")
                .permitAll());
        // Vaadin's own CSRF set-up also exempts the sign-in POST, which let another site sign a visitor in to an
        // account of its choosing. Vaadin's requests carry Vaadin's own token; every other POST, signing in
        // included, needs Spring's (the sign-in form sends it from the page's meta tags).
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.loginView(LoginView.class, "/").enableCsrfConfiguration(false));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // SecurityHeadersFilter writes these for every response, also those answered before this chain.
        http.headers(headers -> headers.frameOptions(frameOptions -> frameOptions.disable())
                .contentTypeOptions(contentTypeOptions -> contentTypeOptions.disable())
                .httpStrictTransportSecurity(hsts -> hsts.disable()));
        http.addFilterBefore(new SignInGateFilter(signInGates), UsernamePasswordAuthenticationFilter.class);
        http.sessionManagement(sessions -> sessions.maximumSessions(-1)
                .sessionRegistry(sessionRegistry)
                .expiredSessionStrategy(new EndedSessionReply()));
        return http.build();
    }

    /**
     * Every cookie the application sets (the session's, Spring Security's and Vaadin's) goes with same-site
     * requests and top-level navigations only. HttpOnly and Secure come from the session cookie's settings and
     * Tomcat, which marks it Secure whenever the request came over TLS (also through a trusted proxy).
     */
    @Bean
    CookieSameSiteSupplier laxCookies() {
        return CookieSameSiteSupplier.ofLax();
    }

    /**
     * Signs staff in from their accounts, checking the password before whether the account may sign in at all
     * (locked, disabled). Spring's default order refuses a locked or disabled account before hashing the password,
     * so such an attempt answered measurably faster than one for an unknown username (which Spring hashes against
     * a dummy) and told an attacker that the account exists. Now every attempt costs one hash, and a locked account
     * is refused only after its password was checked, with the same message as any other failure.
     */
    @Bean
    DaoAuthenticationProvider staffSignIn(UserDetailsService accounts, PasswordEncoder passwords) {
        var provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwords);
        provider.setPreAuthenticationChecks(user -> {});
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return provider;
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry about ended sessions, so that it forgets them. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** Stores new passwords with bcrypt and recognises older encodings by their prefix, so the hash can evolve. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
