package vn.planmonitor.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.planmonitor.common.ApiException;
import vn.planmonitor.common.Text;
import vn.planmonitor.common.Versions;
import vn.planmonitor.common.Violations;

import java.util.regex.Pattern;

/** An account's own settings: its mail address, whether it wants mails, and their language. */
@ApplicationScoped
@Transactional
public class ProfileService {

    /** RFC 5321's limit on a whole address. */
    static final int MAX_EMAIL = 254;

    /**
     * One @, a local part and a domain with a dot, no spaces or control characters. Deliberately loose
     * (the mail server is the judge of the rest), but strict enough that a typo such as "ten.gmail.com"
     * or "ten@gmail" is refused when saved rather than bounced later by a job nobody watches.
     */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}.]+(\\.[^@\\s\\p{Cntrl}.]+)+");

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProfileView get(Caller caller) {
        return ProfileView.of(account(caller));
    }

    public ProfileView update(Caller caller, String ifMatch, ProfileInput in) {
        AppUser user = account(caller);
        Versions.requireMatch(ifMatch, user.version);
        if (in == null) {
            throw ApiException.badRequest("body-required");
        }
        String email = Text.trimToNull(in.email());
        Violations v = new Violations();
        v.maxLength("email", email, MAX_EMAIL);
        if (email != null && email.length() <= MAX_EMAIL && !EMAIL.matcher(email).matches()) {
            v.add("email", "email-format");
        }
        v.required("emailNotifications", in.emailNotifications()).required("language", in.language());
        if (in.language() != null && !MailLanguage.ALL.contains(in.language())) {
            v.add("language", "not-one-of", String.join(", ", MailLanguage.ALL));
        }
        v.throwIfAny();
        user.email = email;
        user.emailEnabled = in.emailNotifications();
        user.emailLanguage = in.language();
        user.touch();
        AppUser.flush();
        return ProfileView.of(user);
    }

    /** A person's account: an API token has no profile and no inbox. */
    public static AppUser account(Caller caller) {
        if (caller == null || caller.userId() == null) {
            throw new ApiException(403, "not-an-account");
        }
        return AppUser.<AppUser>findByIdOptional(caller.userId())
                .orElseThrow(() -> new ApiException(403, "not-an-account"));
    }
}
