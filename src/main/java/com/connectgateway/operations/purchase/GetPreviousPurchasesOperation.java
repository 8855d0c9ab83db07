package com.connectgateway.operations.purchase;

import com.connectgateway.operations.HistoryDates;
import com.connectgateway.operations.V3Pages;
import com.connectgateway.operations.OperationCall;
import com.connectgateway.operations.OperationOutcome;
import com.connectgateway.operations.ResultWindow;
import com.connectgateway.operations.UpstreamCalls;
import com.connectgateway.operations.UserSessions;
import com.connectgateway.operations.purchase.PreviousPurchasesBody.Filter;
import com.connectgateway.upstream.V3Api;
import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;
import com.connectgateway.wire.StatusEntry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * GetPreviousPurchases (HTTPS and SecureToken only, a user's session): a window of the user's
 * purchases, {@code GET /v3/purchased-assets}, in v3's order (newest first). v3 can neither sort
 * nor search purchases: ItemSortType and Filter.SearchCriteria/SearchCriteriaType are checked
 * against the documented values, then reported as ignored with an Information entry.
 */
@ApplicationScoped
public class GetPreviousPurchasesOperation extends PurchaseOperation<PreviousPurchasesBody> {

    static final int MAX_ITEM_COUNT = ResultWindow.MAX_PAGE_SIZE;
    static final List<String> SORT_TYPES = List.of("AssetIdAscending", "AssetIdDescending", "ClientNameAscending",
            "ClientNameDescending", "CollectionNameAscending", "CollectionNameDescending", "OrderDateAscending",
            "OrderDateDescending", "PurchaseOrderNumberAscending", "PurchaseOrderNumberDescending");
    static final List<String> SEARCH_CRITERIA_TYPES = List.of("AssetId", "ClientName", "JobReferenceNumber", "OrderId",
            "PurchaseOrderNumber");
    private static final String WHAT = "Purchase history";

    private final V3Api v3;
    private final UpstreamCalls upstream;
    private final PreviousPurchaseMapper mapper;
    private final Clock clock;

    GetPreviousPurchasesOperation(V3Api v3, UpstreamCalls upstream, PreviousPurchaseMapper mapper, Clock clock) {
        this.v3 = v3;
        this.upstream = upstream;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "GetPreviousPurchases";
    }

    /** The docs name the result member GetPreviousPurchasesResultBody (template and field table agree). */
    @Override
    public String resultName() {
        return "GetPreviousPurchasesResultBody";
    }

    @Override
    public Class<PreviousPurchasesBody> bodyType() {
        return PreviousPurchasesBody.class;
    }

    @Override
    public OperationOutcome execute(OperationCall<PreviousPurchasesBody> call) {
        UserSessions.requireUser(call, WHAT);
        PreviousPurchasesBody body = call.body();
        ResultWindow window = ResultWindow.of(body.itemStartNumber(), body.itemCount(), "GetPreviousPurchasesRequestBody",
                MAX_ITEM_COUNT);
        List<StatusEntry> notes = new ArrayList<>();
        String sortType = text(body.itemSortType());
        if (sortType != null) {
            notes.add(StatusEntry.of(StatusCode.IGNORED_FIELD, "ItemSortType " + documented(sortType, SORT_TYPES,
                    StatusCode.INVALID_ITEM_SORT_TYPE, "ItemSortType") + " was ignored: v3 lists purchases newest first only."));
        }
        Filter filter = body.filter();
        String criteria = filter == null ? null : text(filter.searchCriteria());
        String criteriaType = filter == null ? null : text(filter.searchCriteriaType());
        if ((criteria == null) != (criteriaType == null)) {
            throw new LegacyFault(StatusCode.SEARCH_CRITERIA_REQUEST_MISMATCH,
                    "Filter.SearchCriteria and Filter.SearchCriteriaType go together: give both or neither.");
        }
        if (criteria != null) {
            notes.add(StatusEntry.of(StatusCode.IGNORED_FIELD, "Filter.SearchCriteria (SearchCriteriaType "
                    + documented(criteriaType, SEARCH_CRITERIA_TYPES, StatusCode.INVALID_SEARCH_CRITERIA_TYPE,
                            "Filter.SearchCriteriaType")
                    + ") was ignored: v3 cannot search purchases, so every purchase is listed."));
        }
        Map<String, String> query = new LinkedHashMap<>();
        // The all-history window, by day: purchased-assets takes dates without a time.
        query.put("date_from", HistoryDates.ALL_HISTORY_FROM.atOffset(ZoneOffset.UTC).toLocalDate().toString());
        query.put("date_to", LocalDate.now(clock.withZone(ZoneOffset.UTC)).toString());
        V3Pages.Window found = upstream.run(call, failure -> UserSessions.failure(failure, WHAT),
                caller -> V3Pages.read(window, "previous_purchases", (page, size) -> {
                    Map<String, String> paged = new LinkedHashMap<>(query);
                    paged.put("page", Long.toString(page));
                    paged.put("page_size", Integer.toString(size));
                    return v3.purchasedAssets(caller, paged);
                }));
        if (found.total() > 0 && window.start() > found.total()) {
            throw new LegacyFault(StatusCode.START_PAST_TOTAL,
                    "ItemStartNumber " + window.start() + " is beyond the " + found.total() + " purchases found.");
        }
        List<PreviousPurchasesResult.PreviousPurchase> purchases = found.items().stream().map(mapper::purchase).toList();
        return new OperationOutcome(new PreviousPurchasesResult(purchases, purchases.size(), window.start(), found.total()),
                notes);
    }

    /** The documented spelling of a value sent in any case; the code's fault for one not documented. */
    private static String documented(String value, List<String> allowed, StatusCode invalid, String member) {
        return allowed.stream().filter(a -> a.toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new LegacyFault(invalid, member + " '" + value + "' is not one of "
                        + String.join(", ", allowed) + "."));
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
