package com.connectgateway.wire;

import java.util.Locale;
import java.util.Set;

/**
 * Which members of legacy and OAuth2 messages carry secrets: tokens, passwords, client secrets,
 * Authorization headers and download links (the link itself grants the file). The one list the
 * compare tool's masking and the gateway's traffic recording both go by.
 */
public final class SecretMembers {

    private static final Set<String> PASSWORDS = Set.of("systempassword", "userpassword", "password", "client_secret");
    private static final Set<String> SECRETS = Set.of("token", "securetoken", "downloadtoken", "systempassword",
            "userpassword", "password", "access_token", "refresh_token", "client_secret", "authorization", "urlattachment");

    private SecretMembers() {
    }

    /** Whether a member (or header) of this name holds a secret; case does not matter. */
    public static boolean isSecret(String name) {
        return SECRETS.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Whether it holds a password or client secret: something a replay takes from its own credentials, never from a recording. */
    public static boolean isPassword(String name) {
        return PASSWORDS.contains(name.toLowerCase(Locale.ROOT));
    }
}
