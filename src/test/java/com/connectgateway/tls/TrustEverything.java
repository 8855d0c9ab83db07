package com.connectgateway.tls;

import java.security.cert.X509Certificate;
import javax.net.ssl.X509TrustManager;

/** For tests that inspect the handshake only: they do not need to trust the generated certificate. */
final class TrustEverything implements X509TrustManager {

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
