/**
 * The limits a report's values are held to, as the API states them in openapi.yaml (its
 * `SubmissionValueInput`, `ValueItemInput` and `SubmissionInput` schemas; the API's own source is
 * `submission.ValueRules`). The form reads them only from here, and value-limits.test.ts fails when
 * they drift from the contract, so changing a limit is one edit here and one in the API.
 *
 * The decimals are stated in the contract's prose, not in its schema, so the test reads that sentence.
 */
export const VALUE_LIMITS = {
  /** The largest figure (number, numerator or denominator); none is negative. */
  maxNumber: 999_999_999_999,
  /** Decimals a figure may have. */
  maxDecimals: 4,
  /** Characters in a named item. */
  maxItemName: 300,
  /** Characters in the report's comment. */
  maxComment: 2000,
} as const;
