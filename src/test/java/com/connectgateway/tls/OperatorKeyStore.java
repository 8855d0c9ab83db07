package com.connectgateway.tls;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;

/** A PKCS#12 key store as an operator would configure one, written to a temporary file. */
public final class OperatorKeyStore {

    private OperatorKeyStore() {
    }

    public static Path write(String password) {
        try {
            KeyStore keyStore = SelfSignedCertificates.keyStore(password.toCharArray());
            Path store = Files.createTempFile("operator-tls", ".p12");
            store.toFile().deleteOnExit();
            try (OutputStream out = Files.newOutputStream(store)) {
                keyStore.store(out, password.toCharArray());
            }
            return store;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
