package org.newsdesk.account;

import java.util.List;

import org.newsdesk.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo accounts (marked {@code demo} by the demo content) have passwords that README prints, so they may only
 * be used in the demo. A start without the profile {@value #PROFILE} disables them: a database that once held the
 * demo, or the demo location listed by hand, never lets anyone in with a published password. A start with the
 * profile enables them again, so that the demo works as README says after a start without it. Every change is
 * audited.
 *
 * <p>It runs once every singleton exists: after Flyway has migrated, and before the web server takes its first
 * request (application runners would run after that).
 */
@Component
class DemoAccounts implements SmartInitializingSingleton {
    static final String PROFILE = "demo";

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final AccountRepository accounts;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final boolean demo;

    DemoAccounts(AccountRepository accounts, AuditLog audit, TransactionTemplate transaction, Environment environment) {
        this.accounts = accounts;
        this.audit = audit;
        this.transaction = transaction;
        this.demo = environment.matchesProfiles(PROFILE);
    }

    @Override
    public void afterSingletonsInstantiated() {
        var changed = transaction.execute(status -> setEnabled(demo));
        if (changed == null || changed.isEmpty()) {
            return;
        }
        if (demo) {
            log.info("Enabled the demo accounts {} again: the profile {} is on.", changed, PROFILE);
        } else {
            log.warn(
                    "Disabled the demo accounts {}: README publishes their passwords and the profile {} is off."
                            + " Start with the profile {} for the demo; in production, see README on the first"
                            + " administrator.",
                    changed,
                    PROFILE,
                    PROFILE);
        }
    }

    /** @return the usernames of the demo accounts this changed */
    private List<String> setEnabled(boolean enabled) {
        var changing = accounts.lockDemoAccounts(!enabled);
        if (!changing.isEmpty()) {
            accounts.setDemoAccountsEnabled(enabled);
            for (var username : changing) {
                audit.recordAs(
                        null,
                        null,
                        enabled ? AccountActions.ENABLED : AccountActions.DISABLED,
                        username,
                        "demo account, profile " + PROFILE + (enabled ? " on" : " off"));
            }
        }
        return changing;
    }
}
