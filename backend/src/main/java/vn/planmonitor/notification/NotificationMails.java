package vn.planmonitor.notification;

import vn.planmonitor.common.Messages;
import vn.planmonitor.security.MailLanguage;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The text of a notification mail, in the recipient's language (Vietnamese unless they chose English),
 * from the message catalogue ({@code mail.<KIND>.subject} and {@code .body}). Every mail names the report:
 * the unit, the period, the plan and, once the report exists, its number — and links to it in the app.
 */
final class NotificationMails {

    private static final DateTimeFormatter DATE_VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    record Rendered(String subject, String body) {
    }

    private NotificationMails() {
    }

    static Rendered render(Notice n, String language, String recipientName, boolean reviewer, String appUrl) {
        Locale locale = MailLanguage.locale(language);
        boolean en = "en".equals(locale.getLanguage());
        Object[] args = {
                en ? n.unit().nameEn : n.unit().nameVi,
                n.periodCode(),
                n.submissionId() == null ? "" : String.valueOf(n.submissionId()),
                n.actor() == null ? "" : n.actor(),
                n.comment() == null ? "" : n.comment(),
                n.dueDate() == null ? "" : (en ? DATE_EN : DATE_VI).format(n.dueDate()),
                link(n, reviewer, appUrl),
                n.plan().code};
        String key = "mail." + n.kind().name();
        String subject = Messages.get(locale, key + ".subject", args);
        String body = Messages.get(locale, "mail.greeting", recipientName) + "\n\n"
                + Messages.get(locale, key + ".body", args) + "\n\n--\n"
                + Messages.get(locale, "mail.footer");
        return new Rendered(subject, body);
    }

    /** A reviewer opens the report in review; the unit's officers, in data entry. */
    static String link(Notice n, boolean reviewer, String appUrl) {
        if (n.kind() == NotificationKind.REVIEW_REQUESTED || reviewer && n.submissionId() != null) {
            return appUrl + "/review/" + n.submissionId();
        }
        return appUrl + "/data-entry?plan=" + encode(n.plan().code) + "&ou=" + encode(n.unit().code)
                + "&pe=" + encode(n.periodCode());
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
