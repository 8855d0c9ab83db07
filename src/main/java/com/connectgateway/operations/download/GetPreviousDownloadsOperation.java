package com.connectgateway.operations.download;

import com.connectgateway.operations.HistoryDates;
import com.connectgateway.operations.V3Pages;
import com.connectgateway.operations.OperationCall;
import com.connectgateway.operations.OperationOutcome;
import com.connectgateway.operations.ResultWindow;
import com.connectgateway.operations.TransportRule;
import com.connectgateway.operations.UpstreamCalls;
import com.connectgateway.operations.UserSessions;
import com.connectgateway.operations.download.PreviousDownloadsBody.DateRange;
import com.connectgateway.operations.download.PreviousDownloadsBody.Filter;
import com.connectgateway.operations.images.Vocabularies;
import com.connectgateway.upstream.V3Api;
import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;
import com.connectgateway.wire.StatusEntry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * GetPreviousDownloads (HTTPS and SecureToken only, a user's session): a window of the user's
 * download history, {@code GET /v3/downloads}, newest first as v3 lists it. The date range is
 * always sent (see {@link HistoryDates} for the window used without one); ProductOffering becomes
 * {@code product_type}; ItemStartNumber/ItemCount are read exactly with v3 pages.
 */
@ApplicationScoped
public class GetPreviousDownloadsOperation extends DownloadOperation<PreviousDownloadsBody> {

    /** Most downloads in one answer (the docs name no limit; a v3 page holds at most 100). */
    static final int MAX_ITEM_COUNT = ResultWindow.MAX_PAGE_SIZE;
    static final String ALL = "All";
    /** A legacy offering no v3 product type stands for: no v3 download can carry it. */
    static final String LEGACY_RF_SUBSCRIPTION = "LegacyRfSubscription";
    private static final String WHAT = "Download history";

    private final V3Api v3;
    private final UpstreamCalls upstream;
    private final PreviousDownloadMapper mapper;
    private final Clock clock;

    GetPreviousDownloadsOperation(V3Api v3, UpstreamCalls upstream, PreviousDownloadMapper mapper, Clock clock) {
        this.v3 = v3;
        this.upstream = upstream;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "GetPreviousDownloads";
    }

    /** The docs name the result member GetPreviousDownloadsResultBody (template and field table agree). */
    @Override
    public String resultName() {
        return "GetPreviousDownloadsResultBody";
    }

    @Override
    public TransportRule transportRule() {
        return TransportRule.HTTPS_SECURE_TOKEN;
    }

    @Override
    public Class<PreviousDownloadsBody> bodyType() {
        return PreviousDownloadsBody.class;
    }

    @Override
    public OperationOutcome execute(OperationCall<PreviousDownloadsBody> call) {
        UserSessions.requireUser(call, WHAT);
        PreviousDownloadsBody body = call.body();
        ResultWindow window = ResultWindow.of(body.itemStartNumber(), body.itemCount(), "GetPreviousDownloadsRequestBody",
                MAX_ITEM_COUNT);
        Filter filter = body.filter();
        HistoryDates.Range range = range(filter == null ? null : filter.dateRange());
        String offering = filter == null || filter.productOffering() == null || filter.productOffering().isBlank() ? null
                : filter.productOffering().trim();
        String productType = productType(offering);
        if (LEGACY_RF_SUBSCRIPTION.equalsIgnoreCase(Objects.requireNonNullElse(offering, ""))) {
            return new OperationOutcome(new PreviousDownloadsResult(List.of(), 0, window.start(), 0), List.of(StatusEntry.of(
                    StatusCode.IGNORED_FIELD, "Filter.ProductOffering LegacyRfSubscription has no v3 product type;"
                            + " no download can match it.")));
        }
        Map<String, String> query = new LinkedHashMap<>();
        query.put("date_from", HistoryDates.v3(range.from()));
        query.put("date_to", HistoryDates.v3(range.to()));
        query.put("use_time", "true");
        if (productType != null) {
            query.put("product_type", productType);
        }
        V3Pages.Window found = upstream.run(call, failure -> UserSessions.failure(failure, WHAT),
                caller -> V3Pages.read(window, "downloads", (page, size) -> {
                    Map<String, String> paged = new LinkedHashMap<>(query);
                    paged.put("page", Long.toString(page));
                    paged.put("page_size", Integer.toString(size));
                    return v3.downloadHistory(caller, paged);
                }));
        if (found.total() > 0 && window.start() > found.total()) {
            throw new LegacyFault(StatusCode.START_PAST_TOTAL,
                    "ItemStartNumber " + window.start() + " is beyond the " + found.total() + " downloads found.");
        }
        List<PreviousDownloadsResult.PreviousDownload> downloads = found.items().stream().map(mapper::download).toList();
        return OperationOutcome.of(new PreviousDownloadsResult(downloads, downloads.size(), window.start(), found.total()));
    }

    /** Both ends or neither; under either pair of names (not both pairs with different values). */
    private HistoryDates.Range range(DateRange dates) {
        if (dates == null) {
            return HistoryDates.allHistory(clock);
        }
        String start = oneOf(dates.start(), dates.startDate(), "Start", "StartDate");
        String end = oneOf(dates.end(), dates.endDate(), "End", "EndDate");
        if (start == null && end == null) {
            return HistoryDates.allHistory(clock);
        }
        if (start == null || end == null) {
            throw new LegacyFault(StatusCode.INVALID_REQUEST,
                    "Filter.DateRange needs both a Start and an End date, or neither.");
        }
        Instant from = HistoryDates.parse(start, "Filter.DateRange.Start", false);
        Instant to = HistoryDates.parse(end, "Filter.DateRange.End", true);
        if (from.isAfter(to)) {
            throw new LegacyFault(StatusCode.INVALID_REQUEST, "Filter.DateRange.Start is after Filter.DateRange.End.");
        }
        return new HistoryDates.Range(from, to);
    }

    private static String oneOf(String value, String alias, String name, String aliasName) {
        String first = value == null || value.isBlank() ? null : value.trim();
        String second = alias == null || alias.isBlank() ? null : alias.trim();
        if (first != null && second != null && !first.equals(second)) {
            throw new LegacyFault(StatusCode.INVALID_REQUEST,
                    "Filter.DateRange." + name + " and Filter.DateRange." + aliasName + " disagree: send one of them.");
        }
        return first != null ? first : second;
    }

    /** null for no filter (absent or All); the v3 type; InvalidProductOffering for an unknown value. */
    private static String productType(String offering) {
        if (offering == null || ALL.equalsIgnoreCase(offering) || LEGACY_RF_SUBSCRIPTION.equalsIgnoreCase(offering)) {
            return null;
        }
        String type = Vocabularies.PRODUCT_OFFERINGS.toV3(offering);
        if (type == null) {
            throw new LegacyFault(StatusCode.INVALID_PRODUCT_OFFERING, "Filter.ProductOffering '" + offering
                    + "' is not one of All, EditorialSubscription, EasyAccess, LegacyRfSubscription, PremiumAccess,"
                    + " RoyaltyFreeSubscription, ImagePack.");
        }
        return type;
    }
}
