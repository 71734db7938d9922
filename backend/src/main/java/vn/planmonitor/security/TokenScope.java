package vn.planmonitor.security;

/** What an API token may do: READ anything readable, or also WRITE reports of its units. */
public enum TokenScope {
    READ, WRITE
}
