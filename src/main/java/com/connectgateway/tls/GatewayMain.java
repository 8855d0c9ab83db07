package com.connectgateway.tls;

import com.connectgateway.compare.CompareCommand;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The gateway's entry point (jar and native executable): settles the JVM-wide TLS settings that
 * must be in place before the TLS stack is first used, then starts Quarkus as usual. With
 * {@code compare} as the first argument it runs the compare tool instead (docs/compare.md): plain
 * Java, no CDI and no listeners, exiting with the tool's status.
 */
@QuarkusMain
public class GatewayMain {

    public static void main(String... args) {
        if (args.length > 0 && args[0].equals("compare")) {
            String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
            System.exit(CompareCommand.run(rest, System.getenv(), System.out, System.err));
        }
        ClientRenegotiation.reject();
        Quarkus.run(args);
    }
}
