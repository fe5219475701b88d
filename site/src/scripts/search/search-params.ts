/** The search page's address parameters, shared by its form and its script. */
export const QUERY_PARAM = 'q';
export const SORT_PARAM = 'sort';
/** The `sort` parameter's values; without one, results come by relevance (or newest first with no words). */
export const SORT_ORDERS = { newest: 'desc', oldest: 'asc' } as const;
