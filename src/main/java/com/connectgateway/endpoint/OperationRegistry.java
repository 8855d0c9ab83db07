package com.connectgateway.endpoint;

import com.connectgateway.operations.LegacyOperation;
import com.connectgateway.operations.retired.RetiredOperations;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Every legacy operation bean and every retired one, found by service and name (both case-insensitive). */
@ApplicationScoped
public class OperationRegistry {

    private final Map<String, LegacyOperation<?>> operations = new HashMap<>();

    OperationRegistry(@All List<LegacyOperation<?>> all) {
        List<LegacyOperation<?>> served = new ArrayList<>(all);
        served.addAll(RetiredOperations.ALL); // answered with their refusal, not as unknown
        for (LegacyOperation<?> operation : served) {
            LegacyOperation<?> clash = operations.put(key(operation.service(), operation.name()), operation);
            if (clash != null) {
                throw new IllegalStateException("Two operations named " + operation.service() + "/" + operation.name());
            }
        }
    }

    public Optional<LegacyOperation<?>> find(String service, String name) {
        return Optional.ofNullable(operations.get(key(service, name)));
    }

    /** {@code service/Operation} of every registered operation, as the operation declares them. */
    public Set<String> names() {
        Set<String> names = new TreeSet<>();
        operations.values().forEach(operation -> names.add(operation.service() + "/" + operation.name()));
        return names;
    }

    private static String key(String service, String name) {
        return service.toLowerCase(Locale.ROOT) + "/" + name.toLowerCase(Locale.ROOT);
    }
}
