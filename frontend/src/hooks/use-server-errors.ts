import { useCallback, useState } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { ApiError, applyProblemToForm, toFormPath, type FieldProblem } from '@/lib/problem';

/**
 * Puts the API's field errors (localized by Accept-Language) under the inputs they name; what
 * no input can show is kept for a summary above the form.
 */
export function useServerErrors<T extends FieldValues>(form: UseFormReturn<T>, mapField: (apiField: string) => string | null = toFormPath) {
  const [unplaced, setUnplaced] = useState<FieldProblem[]>([]);
  const apply = useCallback(
    (error: unknown) => {
      if (error instanceof ApiError && error.problem.errors?.length) {
        const known = Object.keys(form.getValues());
        setUnplaced(applyProblemToForm<Path<T>>(error.problem, form, known, mapField));
      } else {
        setUnplaced([]);
      }
    },
    [form, mapField],
  );
  const clear = useCallback(() => setUnplaced([]), []);
  return { unplaced, apply, clear };
}

/** `reportingUnitCodes[3]` → `reportingUnitCodes`: list errors shown on the list as a whole. */
export function withoutIndex(apiField: string): string {
  return apiField.replace(/\[\d+\].*$/, '');
}
