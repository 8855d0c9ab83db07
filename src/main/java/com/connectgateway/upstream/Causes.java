package com.connectgateway.upstream;

/** The innermost cause of a client failure: what actually went wrong on the wire. */
final class Causes {

    private Causes() {
    }

    static Throwable root(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
