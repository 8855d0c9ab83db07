package com.connectgateway.support;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Log lines a test looks at: the formatted message of each kept record, with its stack trace if
 * it has one. Add it to a logger ({@code Logger.getLogger(name).addHandler(capture)}) before the
 * requests and remove it after.
 */
public final class LogCapture extends Handler {

    private final Predicate<LogRecord> keep;
    private final List<String> lines = new ArrayList<>();

    private LogCapture(Predicate<LogRecord> keep) {
        this.keep = keep;
        setLevel(Level.ALL);
    }

    /** Records whose formatted message contains {@code text}. */
    public static LogCapture messagesContaining(String text) {
        return new LogCapture(record -> {
            String message = message(record);
            return message != null && message.contains(text);
        });
    }

    /** Every record except those of REST Assured's own HTTP client, i.e. the test's side of the wire. */
    public static LogCapture allButTheTestClient() {
        return new LogCapture(record -> !String.valueOf(record.getLoggerName()).startsWith("org.apache.http"));
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (!keep.test(record)) {
            return;
        }
        StringWriter text = new StringWriter().append(String.valueOf(message(record)));
        if (record.getThrown() != null) {
            record.getThrown().printStackTrace(new PrintWriter(text));
        }
        lines.add(text.toString());
    }

    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    private static String message(LogRecord record) {
        return record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
