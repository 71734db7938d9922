package vn.planmonitor.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * The notification mails ({@code planmonitor.mail.*}). Where they are sent (SMTP host, port, TLS,
 * account, sender) is the Quarkus mailer's configuration ({@code quarkus.mailer.*}, from SMTP_* variables).
 */
@ConfigMapping(prefix = "planmonitor.mail")
public interface MailConfig {

    /** How often the outbox is looked at; {@code off} sends only when asked (the tests). Read by the schedule. */
    @WithDefault("15s")
    String sendEvery();

    /** The wait after the first failed attempt; each further failure doubles it, up to {@link #retryMax()}. */
    @WithDefault("1M")
    Duration retryBase();

    /** The longest wait between two attempts at one mail. */
    @WithDefault("1H")
    Duration retryMax();

    /** How long one instance holds a mail it is sending before another may take it over (it died). */
    @WithDefault("5M")
    Duration claimFor();

    /** At most this many mails per run, so one run cannot hold the scheduler for long. */
    @WithDefault("50")
    int batchSize();

    /** The app's address as people open it, for the links in mails (no trailing slash). */
    @WithDefault("http://localhost:8080")
    String appUrl();
}
