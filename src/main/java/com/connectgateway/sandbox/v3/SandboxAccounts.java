package com.connectgateway.sandbox.v3;

/**
 * The sandbox's fixed demo account. These are public demo values, documented in the README, and
 * open nothing outside this process.
 */
final class SandboxAccounts {

    static final String API_KEY = "sandbox-system";
    static final String API_SECRET = "sandbox-secret";
    static final String USER_NAME = "sandbox-user";
    static final String USER_PASSWORD = "sandbox-password";

    private SandboxAccounts() {
    }

    static boolean validClient(String id, String secret) {
        return API_KEY.equals(id) && API_SECRET.equals(secret);
    }

    static boolean validUser(String name, String password) {
        return USER_NAME.equals(name) && USER_PASSWORD.equals(password);
    }
}
