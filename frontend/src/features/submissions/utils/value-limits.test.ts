import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { VALUE_LIMITS } from './value-limits';

// The one contract the API is tested against too (ValueRulesContractTest holds the API to the same file).
// A path, not a URL: under jsdom the global URL is not the one node:fs accepts.
const contract = parse(readFileSync(resolve(import.meta.dirname, '../../../../../openapi.yaml'), 'utf8'));
const schemas = contract.components.schemas;
const oneLine = (text: string) => text.replace(/\s+/g, ' ');

describe('the form’s value limits', () => {
  it('should be the contract’s bounds for every figure', () => {
    for (const figure of ['number', 'numerator', 'denominator']) {
      const schema = schemas.SubmissionValueInput.properties[figure];
      expect(schema.minimum, figure).toBe(0);
      expect(schema.maximum, figure).toBe(VALUE_LIMITS.maxNumber);
    }
  });

  it('should be the contract’s decimals', () => {
    expect(oneLine(schemas.SubmissionValueInput.description)).toContain(
      `at most ${VALUE_LIMITS.maxDecimals} decimals (\`too-precise\`)`,
    );
  });

  it('should be the contract’s lengths of item names and comments', () => {
    expect(schemas.ValueItemInput.properties.name.maxLength).toBe(VALUE_LIMITS.maxItemName);
    expect(schemas.SubmissionInput.properties.comment.maxLength).toBe(VALUE_LIMITS.maxComment);
    expect(schemas.SubmissionUpdate.properties.comment.maxLength).toBe(VALUE_LIMITS.maxComment);
  });
});
