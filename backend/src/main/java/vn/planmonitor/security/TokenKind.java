package vn.planmonitor.security;

/** SESSION: issued at sign-in to a person, short-lived. API: created by an admin for another system. */
public enum TokenKind {
    SESSION, API
}
