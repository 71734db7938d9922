package vn.planmonitor.notification;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.planmonitor.support.ApiTest;
import vn.planmonitor.support.LogCapture;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every kind of notice reaches the right inbox and, through a real SMTP server in this JVM (GreenMail),
 * the right mailbox, in the recipient's language; a mail server that is down does not stop the action;
 * reminders go exactly once, even when two runs race, and never to a unit that has submitted.
 */
@QuarkusTest
class NotificationTest extends ApiTest {

    /**
     * A fresh SMTP server per test, on the port the test profile's mailer sends to (TEST_SMTP_PORT, so
     * that two suites on one machine do not fight over 3025).
     */
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(
            Integer.parseInt(System.getenv().getOrDefault("TEST_SMTP_PORT", "3025")), "127.0.0.1", "smtp"));

    private static final String SUBMISSIONS = "/api/v1/submissions";
    private static final String INBOX = "/api/v1/notifications";
    private static final String PROFILE = "/api/v1/profile";
    private static final String OFFICER_MAIL = "can-bo.phuong1@quan11.test";
    private static final String OFFICER2_MAIL = "can-bo.phuong2@quan11.test";
    private static final String REVIEWER_MAIL = "chuyen-vien.duyet@quan11.test";
    /** 2020's reports are due on 31 January 2021 (31 days after the year). */
    private static final LocalDate WEEK_BEFORE_2020_DUE = LocalDate.of(2021, 1, 25);
    private static final LocalDate AFTER_2020_DUE = LocalDate.of(2021, 2, 5);

    @Inject
    MailOutbox outbox;

    @Inject
    Reminders reminders;

    private boolean mailSettingsSaved;

    /** Through the API, once per class (the HTTP port is not known yet in @BeforeAll). */
    @BeforeEach
    void mailSettings() {
        if (!mailSettingsSaved) {
            profile(reporterP01Token, OFFICER_MAIL, true, "vi");
            profile(reporterP02Token, OFFICER2_MAIL, true, "vi");
            profile(reviewerToken, REVIEWER_MAIL, true, "en");
            mailSettingsSaved = true;
        }
        // Mails written by an earlier test and never sent would otherwise arrive in this test's mailbox.
        sql("UPDATE mail_outbox SET sent_at = created_at WHERE sent_at IS NULL");
    }

    private static void profile(String token, String email, boolean on, String language) {
        String etag = as(token).get(PROFILE).then().statusCode(200).extract().header("ETag");
        as(token).header("If-Match", etag)
                .body(Map.of("email", email, "emailNotifications", on, "language", language))
                .when().put(PROFILE).then().statusCode(200).body("email", equalTo(email));
    }

    private static void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager().createNativeQuery(statement)
                .executeUpdate());
    }

    private static long count(String query) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager()
                .createNativeQuery(query).getSingleResult()).longValue());
    }

    private static long submitted(String token, String unit, String period) {
        long id = ((Number) as(token)
                .body(Map.of("planCode", PLAN, "orgUnitCode", unit, "period", period, "values", completeWardValues()))
                .when().post(SUBMISSIONS).then().statusCode(201).extract().path("id")).longValue();
        act(token, id, "submit", "\"0\"", null);
        return id;
    }

    private static void act(String token, long id, String action, String version, String comment) {
        var request = as(token).header("If-Match", version);
        if (comment != null) {
            request.body(Map.of("comment", comment));
        }
        request.when().post(SUBMISSIONS + "/" + id + "/" + action).then().statusCode(200);
    }

    private static List<Map<String, Object>> inbox(String token) {
        return as(token).queryParam("size", 500).get(INBOX).then().statusCode(200).extract().path("items");
    }

    private static List<Map<String, Object>> inbox(String token, String kind, String period) {
        return inbox(token).stream().filter(n -> kind.equals(n.get("kind")) && period.equals(n.get("period")))
                .toList();
    }

    private static int unread(String token) {
        return as(token).get(INBOX + "/unread-count").then().statusCode(200).extract().path("unread");
    }

    private static List<MimeMessage> mailsTo(String address) throws Exception {
        List<MimeMessage> out = new ArrayList<>();
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            if (Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address))) {
                out.add(m);
            }
        }
        return out;
    }

    @Test
    void shouldTellReviewersOfASubmissionAndTheUnitOfItsReturnAndApprovalInItsOwnLanguage() throws Exception {
        int before = unread(reporterP01Token);
        long id = submitted(reporterP01Token, "P01", "2017");
        act(reviewerToken, id, "return", "\"1\"", "Số cán bộ được bồi dưỡng chưa khớp danh sách lớp");
        as(reporterP01Token).header("If-Match", "\"2\"").body(Map.of("values", completeWardValues()))
                .when().put(SUBMISSIONS + "/" + id).then().statusCode(200);
        act(reporterP01Token, id, "submit", "\"3\"", null);
        act(reviewerToken, id, "approve", "\"4\"", null);

        List<Map<String, Object>> waiting = inbox(reviewerToken, "REVIEW_REQUESTED", "2017");
        assertEquals(2, waiting.size(), "told of both submissions");
        assertEquals(id, ((Number) waiting.get(0).get("submissionId")).longValue());
        assertEquals("phuong1", waiting.get(0).get("actor"));
        List<Map<String, Object>> returned = inbox(reporterP01Token, "RETURNED", "2017");
        assertEquals(1, returned.size());
        assertEquals("Số cán bộ được bồi dưỡng chưa khớp danh sách lớp", returned.get(0).get("comment"));
        assertEquals("reviewer", returned.get(0).get("actor"));
        assertEquals("P01", returned.get(0).get("orgUnitCode"));
        assertEquals(1, inbox(reporterP01Token, "APPROVED", "2017").size());
        // The officer is not told of their own submissions; the reviewer not of their own decisions.
        assertEquals(before + 2, unread(reporterP01Token));
        assertTrue(inbox(reporterP01Token, "REVIEW_REQUESTED", "2017").isEmpty());
        assertTrue(inbox(reviewerToken, "RETURNED", "2017").isEmpty());

        assertEquals(4, outbox.sendDue(Instant.now()));
        List<MimeMessage> toReviewer = mailsTo(REVIEWER_MAIL);
        assertEquals(2, toReviewer.size());
        assertEquals("Report waiting for review: Ward 1, period 2017 (report " + id + ")", toReviewer.get(0).getSubject());
        assertTrue(GreenMailUtil.getBody(toReviewer.get(0)).contains("/review/" + id), "links to the report");
        List<String> toOfficer = new ArrayList<>();
        for (MimeMessage m : mailsTo(OFFICER_MAIL)) {
            toOfficer.add(m.getSubject());
        }
        assertEquals(List.of("Báo cáo bị trả lại: Phường 1, kỳ 2017 (báo cáo số " + id + ")",
                "Báo cáo đã được duyệt: Phường 1, kỳ 2017 (báo cáo số " + id + ")"), toOfficer);
        String returnedBody = body(mailsTo(OFFICER_MAIL).get(0));
        assertTrue(returnedBody.contains("Số cán bộ được bồi dưỡng chưa khớp danh sách lớp"), returnedBody);
        assertTrue(returnedBody.contains("Kính gửi Cán bộ Phường 1,"), returnedBody);
        assertTrue(returnedBody.contains("/data-entry?plan=" + PLAN + "&ou=P01&pe=2017"), returnedBody);
        assertEquals(0, outbox.sendDue(Instant.now()), "each mail is sent once");
    }

    /**
     * A message on a report goes to the other side of the discussion: an officer's to the reviewers, a reviewer's
     * to the unit's officers — never to its author, never to another unit's officer.
     */
    @Test
    void shouldTellTheOtherSideOfAReportsDiscussion() throws Exception {
        long id = submitted(reporterP01Token, "P01", "2019");
        sql("UPDATE mail_outbox SET sent_at = created_at WHERE sent_at IS NULL");
        int officerBefore = unread(reporterP01Token);
        int officer2Before = unread(reporterP02Token);
        int reviewerBefore = unread(reviewerToken);

        as(reviewerToken).body(Map.of("text", "Đề nghị gửi kèm Quyết định 123/QĐ-UBND", "indicatorCode", "STI_DATABASE"))
                .when().post(SUBMISSIONS + "/" + id + "/comments").then().statusCode(201);
        List<Map<String, Object>> toOfficer = inbox(reporterP01Token, "COMMENT", "2019");
        assertEquals(1, toOfficer.size());
        assertEquals("Đề nghị gửi kèm Quyết định 123/QĐ-UBND", toOfficer.get(0).get("comment"));
        assertEquals("reviewer", toOfficer.get(0).get("actor"));
        assertEquals(id, ((Number) toOfficer.get(0).get("submissionId")).longValue());
        assertEquals(officerBefore + 1, unread(reporterP01Token));
        assertEquals(reviewerBefore, unread(reviewerToken), "the author is not told of their own message");

        as(reporterP01Token).body(Map.of("text", "Đã đính kèm quyết định."))
                .when().post(SUBMISSIONS + "/" + id + "/comments").then().statusCode(201);
        List<Map<String, Object>> toReviewer = inbox(reviewerToken, "COMMENT", "2019");
        assertEquals(1, toReviewer.size());
        assertEquals("phuong1", toReviewer.get(0).get("actor"));
        assertEquals(officerBefore + 1, unread(reporterP01Token), "the author is not told of their own message");
        assertEquals(officer2Before, unread(reporterP02Token), "another unit's officer hears nothing");

        assertEquals(2, outbox.sendDue(Instant.now()));
        MimeMessage officerMail = mailsTo(OFFICER_MAIL).get(0);
        assertEquals("Trao đổi mới về báo cáo: Phường 1, kỳ 2019 (báo cáo số " + id + ")", officerMail.getSubject());
        String officerBody = body(officerMail);
        assertTrue(officerBody.contains("Đề nghị gửi kèm Quyết định 123/QĐ-UBND"), officerBody);
        assertTrue(officerBody.contains("/data-entry?plan=" + PLAN + "&ou=P01&pe=2019"), officerBody);
        MimeMessage reviewerMail = mailsTo(REVIEWER_MAIL).get(0);
        assertEquals("New message on a report: Ward 1, period 2019 (report " + id + ")", reviewerMail.getSubject());
        String reviewerBody = body(reviewerMail);
        assertTrue(reviewerBody.contains("Đã đính kèm quyết định."), reviewerBody);
        assertTrue(reviewerBody.contains("/review/" + id), reviewerBody);
        assertTrue(mailsTo(OFFICER2_MAIL).isEmpty());
    }

    /** The text part, decoded (quoted-printable for Vietnamese). */
    private static String body(MimeMessage m) throws Exception {
        Object content = m.getContent();
        return content instanceof String s ? s : GreenMailUtil.getBody(m);
    }

    @Test
    void shouldCompleteTheActionWhileTheMailServerIsDownAndDeliverTheMailOnceItIsBack() throws Exception {
        SMTP.stop();
        long start = System.nanoTime();
        long id = submitted(reporterP01Token, "P01", "2018");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.toMillis() < 5_000, "the action does not wait for the mail server: " + took);
        Instant now = Instant.now();
        try (LogCapture log = new LogCapture()) {
            assertEquals(0, outbox.sendDue(now));
            assertTrue(log.lines().stream().anyMatch(l -> l.contains("not sent (attempt 1)")
                    && l.contains(REVIEWER_MAIL)), String.join("\n", log.lines()));
        }
        assertEquals(1, count("SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL AND attempts = 1"
                + " AND last_error IS NOT NULL"));
        SMTP.start();
        assertEquals(0, outbox.sendDue(now.plusSeconds(30)), "retried only after the backoff");
        assertEquals(0, SMTP.getReceivedMessages().length);
        assertEquals(1, outbox.sendDue(now.plus(Duration.ofMinutes(2))));
        List<MimeMessage> mails = mailsTo(REVIEWER_MAIL);
        assertEquals(1, mails.size());
        assertEquals("Report waiting for review: Ward 1, period 2018 (report " + id + ")", mails.get(0).getSubject());
        assertEquals(0, outbox.sendDue(now.plus(Duration.ofHours(3))), "and never again");
        assertEquals(1, SMTP.getReceivedMessages().length);
    }

    @Test
    void shouldDoubleTheWaitAfterEachFailureUpToTheLimit() {
        assertEquals(Duration.ofMinutes(1), outbox.backoff(1));
        assertEquals(Duration.ofMinutes(2), outbox.backoff(2));
        assertEquals(Duration.ofMinutes(32), outbox.backoff(6));
        assertEquals(Duration.ofHours(1), outbox.backoff(7));
        assertEquals(Duration.ofHours(1), outbox.backoff(40));
    }

    @Test
    void shouldRemindOnceBeforeAndOnceAfterTheDeadlineAndNeverAUnitThatSubmitted() throws Exception {
        resetReminders();
        submitted(reporterP02Token, "P02", "2020");
        reminders.remind(WEEK_BEFORE_2020_DUE);
        reminders.remind(WEEK_BEFORE_2020_DUE); // a second run, or a restart, sends nothing again
        List<Map<String, Object>> soon = inbox(reporterP01Token, "DEADLINE_SOON", "2020");
        assertEquals(1, soon.size());
        assertEquals("2021-01-31", soon.get(0).get("dueDate"));
        assertEquals(null, soon.get(0).get("submissionId"));
        assertTrue(inbox(reporterP02Token, "DEADLINE_SOON", "2020").isEmpty(), "Phường 2 has submitted");

        reminders.remind(AFTER_2020_DUE);
        reminders.remind(AFTER_2020_DUE.plusDays(1));
        assertEquals(1, inbox(reporterP01Token, "OVERDUE", "2020").size());
        assertTrue(inbox(reporterP02Token, "OVERDUE", "2020").isEmpty());
        // Nothing older than the overdue window: 2019 was due on 31 January 2020.
        assertTrue(inbox(reporterP01Token, "OVERDUE", "2019").isEmpty());

        outbox.sendDue(Instant.now());
        List<String> subjects = new ArrayList<>();
        for (MimeMessage m : mailsTo(OFFICER_MAIL)) {
            subjects.add(m.getSubject());
        }
        assertEquals(List.of("Sắp đến hạn báo cáo: Phường 1, kỳ 2020 (hạn 31/01/2021)",
                "Quá hạn báo cáo: Phường 1, kỳ 2020 (hạn 31/01/2021)"), subjects);
        assertTrue(mailsTo(OFFICER2_MAIL).stream().noneMatch(m -> subject(m).contains("2020")));
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void resetReminders() {
        sql("DELETE FROM reminder_claim");
        sql("DELETE FROM notification WHERE kind IN ('DEADLINE_SOON', 'OVERDUE')");
    }

    /** Two "instances" (threads, each with its own transactions) run the job at the same moment. */
    @Test
    void shouldRemindExactlyOnceWhenTwoRunsRace() throws Exception {
        resetReminders();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    go.await();
                    return reminders.remind(WEEK_BEFORE_2020_DUE);
                }));
            }
            go.countDown();
            int written = runs.get(0).get() + runs.get(1).get();
            long claims = count("SELECT COUNT(*) FROM reminder_claim");
            assertTrue(claims > 10, "every expected unit that has not submitted 2020 is claimed: " + claims);
            assertEquals(claims, written, "each claim was written by exactly one of the two runs");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, inbox(reporterP01Token, "DEADLINE_SOON", "2020").size());
        assertEquals(1, count("SELECT COUNT(*) FROM notification n JOIN app_user u ON u.id = n.user_id"
                + " WHERE u.username = 'phuong1' AND n.kind = 'DEADLINE_SOON' AND n.period_code = '2020'"));
    }

    @Test
    void shouldMarkReadOneByOneOrAllAtOnce() {
        submitted(reporterP01Token, "P01", "2016");
        List<Map<String, Object>> unreadItems = as(reviewerToken).queryParam("unread", "true").get(INBOX)
                .then().statusCode(200).body("items.read", everyItem(equalTo(false))).extract().path("items");
        int unread = unread(reviewerToken);
        assertEquals(unread, unreadItems.size());
        long first = ((Number) unreadItems.get(0).get("id")).longValue();
        as(reviewerToken).post(INBOX + "/" + first + "/read").then().statusCode(200)
                .body("read", equalTo(true)).body("readAt", notNullValue());
        assertEquals(unread - 1, unread(reviewerToken));
        // Newest first by default.
        as(reviewerToken).get(INBOX).then().statusCode(200).body("items[0].period", equalTo("2016"));
        as(reviewerToken).post(INBOX + "/read-all").then().statusCode(200).body("unread", equalTo(0));
        assertEquals(0, unread(reviewerToken));
        as(reviewerToken).queryParam("unread", "true").get(INBOX).then().statusCode(200).body("items", empty());
        problem(as(reviewerToken).queryParam("unread", "yes").get(INBOX).then(), 400, "validation")
                .body("errors", fieldError("unread", "not-a-boolean"));
        // Another account's notice is answered like a missing one.
        problem(as(reporterP02Token).post(INBOX + "/" + first + "/read").then(), 404, "not-found");
    }

    @Test
    void shouldRefuseAnInvalidAddressAndKeepTheProfileUnchanged() {
        String etag = as(viewerToken).get(PROFILE).then().statusCode(200)
                .body("email", nullValue()).body("emailNotifications", equalTo(true))
                .body("language", equalTo("vi")).extract().header("ETag");
        problem(as(viewerToken).header("If-Match", etag)
                .body(Map.of("email", "lanh-dao.gmail.com", "emailNotifications", true, "language", "fr"))
                .when().put(PROFILE).then(), 400, "validation")
                .body("errors", hasSize(2))
                .body("errors", fieldError("email", "email-format"))
                .body("errors", fieldError("language", "not-one-of"));
        problem(as(viewerToken).body(Map.of("email", "lanh-dao@quan11.test", "emailNotifications", false,
                "language", "en")).when().put(PROFILE).then(), 428, "precondition-required");
        as(viewerToken).get(PROFILE).then().statusCode(200).header("ETag", equalTo(etag)).body("email", nullValue());
        as(viewerToken).header("If-Match", etag)
                .body(Map.of("email", "  lanh-dao@quan11.test ", "emailNotifications", false, "language", "en"))
                .when().put(PROFILE).then().statusCode(200).body("email", equalTo("lanh-dao@quan11.test"))
                .body("emailNotifications", equalTo(false)).body("language", equalTo("en"));
    }

    @Test
    void shouldSendNoMailToAnAccountThatTurnedMailOff() throws Exception {
        profile(reporterP02Token, OFFICER2_MAIL, false, "vi");
        try {
            long id = submitted(reporterP02Token, "P02", "2019");
            act(reviewerToken, id, "approve", "\"1\"", null);
            assertEquals(1, inbox(reporterP02Token, "APPROVED", "2019").size(), "the inbox still fills");
            outbox.sendDue(Instant.now());
            assertTrue(mailsTo(OFFICER2_MAIL).isEmpty());
            assertEquals(1, mailsTo(REVIEWER_MAIL).size());
        } finally {
            profile(reporterP02Token, OFFICER2_MAIL, true, "vi");
        }
    }

    @Test
    void shouldRefuseAnInboxToAnApiToken() {
        String token = api().body(Map.of("name", "thong-ke-thanh-pho", "scope", "READ",
                        "expiresAt", Instant.now().plus(Duration.ofDays(30)).toString()))
                .when().post("/api/v1/tokens").then().statusCode(201).extract().path("secret");
        problem(as(token).get(INBOX).then(), 403, "not-an-account");
        problem(as(token).get(INBOX + "/unread-count").then(), 403, "not-an-account");
        problem(as(token).get(PROFILE).then(), 403, "not-an-account");
        problem(as(null).get(INBOX).then(), 401, "unauthorized");
    }
}
