package com.connectgateway.compare;

/** A corpus, rules or credentials file that cannot be used; the command reports it and exits 2. */
public class CorpusException extends RuntimeException {

    public CorpusException(String message) {
        super(message);
    }

    public CorpusException(String message, Throwable cause) {
        super(message, cause);
    }
}
