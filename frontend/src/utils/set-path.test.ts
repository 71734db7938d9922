import { describe, expect, it } from 'vitest';
import { setPath } from './set-path';

describe('setPath', () => {
  it('should build nested arrays and objects and keep the first value set', () => {
    const errors: Record<string, unknown> = {};
    setPath(errors, 'values.1.items.0.name', 'a');
    setPath(errors, 'values.1.items.0.name', 'b');
    setPath(errors, 'comment', 'c');
    expect(errors).toEqual({ values: [undefined, { items: [{ name: 'a' }] }], comment: 'c' });
  });
});
