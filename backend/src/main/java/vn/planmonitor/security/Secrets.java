package vn.planmonitor.security;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Passwords are hashed with BCrypt (slow, salted). Token secrets are 256 random bits, so a fast
 * SHA-256 is enough to store them: nobody can guess one to test against the hash.
 */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder(10);
    /** Checked against when the username is unknown, so both cases take the same time. */
    private static final String DUMMY_HASH = BCRYPT.encode("no such user");

    private Secrets() {
    }

    public static String hashPassword(String password) {
        return BCRYPT.encode(password);
    }

    public static boolean passwordMatches(String password, String hash) {
        return BCRYPT.matches(password, hash == null ? DUMMY_HASH : hash);
    }

    public static String newTokenSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "pm_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hashToken(String secret) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
