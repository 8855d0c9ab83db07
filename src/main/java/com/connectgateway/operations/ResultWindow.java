package com.connectgateway.operations;

import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;

/**
 * A legacy paging window, {@code ItemStartNumber} (1-based) and {@code ItemCount}, validated by the
 * one rule every paged operation shares (search, lightbox headers, lightbox items), and the v3 page
 * size that reads it.
 */
public record ResultWindow(int start, int count) {

    /** v3's largest page. */
    public static final int MAX_PAGE_SIZE = 100;

    /**
     * @param member the request member holding the two numbers, for the messages (e.g. {@code ResultOptions})
     * @param maxCount the operation's largest ItemCount
     * @throws LegacyFault InvalidItemCount (absent, zero, negative), MaxExceeded, InvalidItemStartNumber (zero, negative)
     */
    public static ResultWindow of(Integer itemStartNumber, Integer itemCount, String member, int maxCount) {
        if (itemCount == null || itemCount <= 0) {
            throw new LegacyFault(StatusCode.INVALID_ITEM_COUNT, member + ".ItemCount must be greater than zero.");
        }
        if (itemCount > maxCount) {
            throw new LegacyFault(StatusCode.MAX_EXCEEDED, member + ".ItemCount may be at most " + maxCount + ".");
        }
        // Absent means the first item; zero or negative is an error.
        if (itemStartNumber != null && itemStartNumber <= 0) {
            throw new LegacyFault(StatusCode.INVALID_ITEM_START_NUMBER, member + ".ItemStartNumber must be greater than zero.");
        }
        return new ResultWindow(itemStartNumber == null ? 1 : itemStartNumber, itemCount);
    }

    /** The last item of the window, 1-based. */
    public long last() {
        return (long) start + count - 1;
    }

    /**
     * The smallest page size (at least {@code count}) whose page boundaries do not cut the items
     * {@code first..first+count-1}, so one v3 call covers them; the largest page size (two calls)
     * when there is none.
     */
    public static int pageSizeFor(long first, int count) {
        for (int size = Math.max(1, count); size <= MAX_PAGE_SIZE; size++) {
            if ((first - 1) / size == (first + count - 2) / size) {
                return size;
            }
        }
        return MAX_PAGE_SIZE;
    }
}
