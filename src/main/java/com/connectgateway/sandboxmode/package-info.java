/**
 * Whether this gateway runs the built-in v3 sandbox, and where it listens: the one decision the
 * gateway and the sandbox both read. Outside {@code sandbox} on purpose, so a build without the
 * sandbox ({@code -Pno-sandbox}) still knows the keys and refuses a start that has no upstream.
 * Uses nothing of ours.
 */
package com.connectgateway.sandboxmode;
