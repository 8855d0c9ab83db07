package com.connectgateway.session;

/** A fresh legacy token pair as handed to the client, once. */
public record IssuedTokens(String token, String secureToken, int durationMinutes) {

    @Override
    public String toString() {
        return "IssuedTokens[token=***, secureToken=***, durationMinutes=" + durationMinutes + "]";
    }
}
