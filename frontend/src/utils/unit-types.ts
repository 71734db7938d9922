/**
 * Unit types are data an administrator manages (the district's five, a province and its communes…),
 * so every list grouped or sorted by type follows the types' own order, read from the API.
 *
 * Decision: a code the list does not know (types not loaded yet, or one added meanwhile) still shows —
 * under its code, after the known ones — rather than its units silently disappearing.
 */
import type { UnitType } from '@/lib/api';

type Named = Pick<UnitType, 'code' | 'nameVi' | 'nameEn'>;
type Ordered = Pick<UnitType, 'code' | 'sortOrder' | 'id'>;

/** The types as the API orders them: by sortOrder, ties by id. */
export function sortTypes<T extends Ordered>(types: readonly T[]): T[] {
  return [...types].sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
}

/** A type's name in the reader's language, or its code when it is not (yet) known. */
export function typeName(types: readonly Named[] | undefined, code: string, pick: (vi: string, en: string) => string): string {
  const type = types?.find((t) => t.code === code);
  return type ? pick(type.nameVi, type.nameEn) : code;
}

/** Type codes in the types' order; codes not among the types come last, alphabetically. */
export function orderCodes(types: readonly Ordered[] | undefined, codes: Iterable<string>): string[] {
  const rank = new Map(sortTypes(types ?? []).map((t, i) => [t.code, i]));
  return [...new Set(codes)].sort((a, b) => {
    const ra = rank.get(a) ?? Number.MAX_SAFE_INTEGER;
    const rb = rank.get(b) ?? Number.MAX_SAFE_INTEGER;
    return ra - rb || a.localeCompare(b);
  });
}

/** Items grouped by their type, the groups in the types' order; empty groups are left out. */
export function groupByType<I>(types: readonly Ordered[] | undefined, items: readonly I[], typeOf: (item: I) => string): Array<{ type: string; items: I[] }> {
  return orderCodes(types, items.map(typeOf)).map((type) => ({ type, items: items.filter((i) => typeOf(i) === type) }));
}

/** The codes of the types whose units stand at the top of a tree (the district, a province). */
export function topLevelCodes(types: readonly Pick<UnitType, 'code' | 'topLevel'>[] | undefined): Set<string> {
  return new Set((types ?? []).filter((t) => t.topLevel).map((t) => t.code));
}

/** A new type's place: after the last one, in steps of 10 so one can later go between two. */
export function nextSortOrder(types: readonly Pick<UnitType, 'sortOrder'>[]): number {
  return types.reduce((max, t) => Math.max(max, t.sortOrder), 0) + 10;
}

/**
 * Moving a type one place up or down: the sort orders to store, as the fewest changes. Neighbours
 * swap their orders; when both have the same order (ties are broken by id) the moved one goes one
 * past its neighbour instead. Nothing to do at either end of the list.
 */
export function moveType<T extends Ordered>(types: readonly T[], code: string, direction: 'up' | 'down'): Array<{ type: T; sortOrder: number }> {
  const sorted = sortTypes(types);
  const at = sorted.findIndex((t) => t.code === code);
  const other = direction === 'up' ? at - 1 : at + 1;
  if (at < 0 || other < 0 || other >= sorted.length) return [];
  const moved = sorted[at]!;
  const neighbour = sorted[other]!;
  if (moved.sortOrder === neighbour.sortOrder) {
    return [{ type: moved, sortOrder: Math.max(0, neighbour.sortOrder + (direction === 'up' ? -1 : 1)) }];
  }
  return [
    { type: moved, sortOrder: neighbour.sortOrder },
    { type: neighbour, sortOrder: moved.sortOrder },
  ];
}
