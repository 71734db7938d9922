package vn.planmonitor.security;

/**
 * What an account sets for itself: where its notification mails go ({@code email}, null or blank for
 * none), whether it wants them, and their language ({@code vi} or {@code en}).
 */
public record ProfileInput(String email, Boolean emailNotifications, String language) {
}
