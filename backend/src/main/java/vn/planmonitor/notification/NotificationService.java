package vn.planmonitor.notification;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.planmonitor.common.ApiException;
import vn.planmonitor.common.Page;
import vn.planmonitor.common.PageRequest;
import vn.planmonitor.security.Caller;
import vn.planmonitor.security.ProfileService;

import java.time.Instant;

/**
 * One account's inbox. Only its own notices are ever read or marked: another account's notice answers
 * 404, exactly like one that does not exist, so ids cannot be probed.
 */
@ApplicationScoped
@Transactional
public class NotificationService {

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<NotificationView> list(Caller caller, boolean unreadOnly, PageRequest page) {
        long user = ProfileService.account(caller).id;
        String query = unreadOnly ? "userId = :user and readAt is null" : "userId = :user";
        return Page.of(Notification.find(query, page.sort(), Parameters.with("user", user)), page,
                NotificationView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public NotificationView.UnreadCount unread(Caller caller) {
        long user = ProfileService.account(caller).id;
        return new NotificationView.UnreadCount(Notification.count("userId = ?1 and readAt is null", user));
    }

    /** Marking a read notice again keeps the time it was first read. */
    public NotificationView markRead(Caller caller, long id) {
        long user = ProfileService.account(caller).id;
        Notification n = Notification.<Notification>find("id = ?1 and userId = ?2", id, user).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("notification", id));
        if (n.readAt == null) {
            n.readAt = Instant.now();
        }
        return NotificationView.of(n);
    }

    public NotificationView.UnreadCount markAllRead(Caller caller) {
        long user = ProfileService.account(caller).id;
        Notification.update("readAt = ?1 where userId = ?2 and readAt is null", Instant.now(), user);
        return new NotificationView.UnreadCount(0);
    }
}
