/**
 * Sets a value at a dotted path ("values.0.items.2.name"), creating arrays for numeric segments
 * and objects otherwise: the shape react-hook-form expects its errors in.
 */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const segments = path.split('.');
  let node: Record<string, unknown> | unknown[] = target;
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    const key: string | number = /^\d+$/.test(segment) ? Number(segment) : segment;
    const container = node as Record<string | number, unknown>;
    if (last) {
      if (container[key] === undefined) container[key] = value;
      return;
    }
    if (container[key] === undefined || container[key] === null || typeof container[key] !== 'object') {
      container[key] = /^\d+$/.test(segments[i + 1]!) ? [] : {};
    }
    node = container[key] as Record<string, unknown> | unknown[];
  });
}
