/** One page of a paginated list. */
export interface Page<T> {
  /** 1-based page number. */
  number: number;
  /** How many pages the list has (at least 1, even when empty). */
  total: number;
  /** How many items the whole list has. */
  count: number;
  items: T[];
}

/** Default length of a list page: long enough to scan, short enough for a slow phone. */
export const PAGE_SIZE = 20;

/** Splits a list into pages; an empty list still has one (empty) page, so its URL exists. */
export function paginate<T>(items: readonly T[], size = PAGE_SIZE): Page<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, index) => ({
    number: index + 1,
    total,
    count: items.length,
    items: items.slice(index * size, (index + 1) * size),
  }));
}
