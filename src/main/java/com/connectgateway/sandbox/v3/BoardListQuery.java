package com.connectgateway.sandbox.v3;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The query of {@code GET /v3/boards}. The page size is {@code pageSize} in the swagger and
 * {@code page_size} in the .NET SDK, so both names are read; sent under both names with different
 * values it is a 400 rather than a guess.
 *
 * @param relationship {@code owned}, {@code invited}, or null for both
 */
record BoardListQuery(int page, int pageSize, String relationship, Comparator<Board> order) {

    static final int DEFAULT_PAGE_SIZE = 30;
    static final int MAX_PAGE_SIZE = 100;
    static final List<String> RELATIONSHIPS = List.of("owned", "invited");
    // "name_decending" is v3's own spelling.
    static final List<String> SORT_ORDERS = List.of("date_last_updated_descending", "date_last_updated_ascending",
            "name_ascending", "name_decending");

    private static final Set<String> ACCEPTED = Set.of("page", "page_size", "pageSize", "board_relationship",
            "sort_order");
    /** Ties go by id, so a board keeps its page from one request to the next. */
    private static final Comparator<Board> BY_ID = Comparator.comparing(Board::id);
    private static final Comparator<Board> BY_UPDATE = Comparator.comparing(Board::lastUpdated);
    private static final Comparator<Board> BY_NAME = Comparator.comparing(Board::name, String.CASE_INSENSITIVE_ORDER);

    static BoardListQuery parse(QueryParams params) {
        params.acceptOnly(ACCEPTED::contains, "/v3/boards");
        int page = integer(params, "page", 1, Integer.MAX_VALUE, 1);
        int snake = integer(params, "page_size", 1, MAX_PAGE_SIZE, -1);
        int camel = integer(params, "pageSize", 1, MAX_PAGE_SIZE, -1);
        if (snake > 0 && camel > 0 && snake != camel) {
            throw SandboxV3Error.invalidParameter("Parameters 'page_size' and 'pageSize' disagree: send one of them.");
        }
        int pageSize = snake > 0 ? snake : camel > 0 ? camel : DEFAULT_PAGE_SIZE;
        String relationship = oneOf(params, "board_relationship", RELATIONSHIPS);
        String sortOrder = oneOf(params, "sort_order", SORT_ORDERS);
        Comparator<Board> order = switch (sortOrder == null ? SORT_ORDERS.get(0) : sortOrder) {
            case "date_last_updated_ascending" -> BY_UPDATE.thenComparing(BY_ID);
            case "name_ascending" -> BY_NAME.thenComparing(BY_ID);
            case "name_decending" -> BY_NAME.reversed().thenComparing(BY_ID);
            default -> BY_UPDATE.reversed().thenComparing(BY_ID);
        };
        return new BoardListQuery(page, pageSize, relationship, order);
    }

    /** Whether a board with this relationship to the caller is listed. */
    boolean lists(String boardRelationship) {
        return relationship == null || relationship.equals(boardRelationship);
    }

    /** Index of the first board of the page; a long, as page times page size can pass int. */
    long offset() {
        return (long) (page - 1) * pageSize;
    }

    private static int integer(QueryParams params, String name, int min, int max, int absent) {
        Integer number = params.integer(name, min, max);
        return number == null ? absent : number;
    }

    private static String oneOf(QueryParams params, String name, List<String> allowed) {
        String value = params.get(name);
        if (value == null) {
            if (params.has(name)) {
                throw invalid(name, "", "allowed values are " + String.join(", ", allowed) + ".");
            }
            return null;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (!allowed.contains(lower)) {
            throw invalid(name, value, "allowed values are " + String.join(", ", allowed) + ".");
        }
        return lower;
    }

    private static SandboxV3Error invalid(String name, String value, String why) {
        return QueryParams.invalid(name, value, why);
    }
}
