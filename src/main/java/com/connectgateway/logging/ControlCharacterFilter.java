package com.connectgateway.logging;

import io.quarkus.logging.LoggingFilter;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Rewrites every log record so that no request-supplied text can start a line of its own: control
 * characters in the formatted message and in the messages of the logged exception chain are
 * written as visible escapes ({@code \r}, {@code \n}, {@code \u0000}). A CR/LF in a SystemId or a
 * CoordinationId can then never forge a log line. Installed on the console handler by
 * {@code quarkus.log.console.filter}; records are never dropped.
 */
@LoggingFilter(name = "control-characters")
public final class ControlCharacterFilter implements Filter {

    @Override
    public boolean isLoggable(LogRecord record) {
        ExtLogRecord ext = ExtLogRecord.wrap(record);
        String message = ext.getFormattedMessage();
        if (message != null && LogText.hasControlCharacters(message)) {
            ext.setMessage(LogText.neutralise(message), ExtLogRecord.FormatStyle.NO_FORMAT);
            ext.setParameters(null);
        }
        Throwable thrown = ext.getThrown();
        if (thrown != null && NeutralisedThrowable.needed(thrown)) {
            ext.setThrown(NeutralisedThrowable.of(thrown));
        }
        return true;
    }
}
