/**
 * RFC 9457 problem details as the API sends them (application/problem+json), and the one error
 * type the rest of the SPA handles. Field paths follow the API: `values[2].numerator`, `code`.
 */
export interface FieldProblem {
  field: string;
  code: string;
  message: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  instance?: string;
  code?: string;
  errors?: FieldProblem[];
}

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail || problem.title || `HTTP ${problem.status}`);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }

  get code(): string | undefined {
    return this.problem.code;
  }
}

function isProblem(body: unknown): body is Problem {
  return typeof body === 'object' && body !== null && 'status' in body && typeof (body as Problem).status === 'number';
}

/**
 * Turns whatever came back with a failed response into an ApiError. A body that is not a
 * problem (a proxy's HTML page, an empty 502) keeps the HTTP status so the screen can still
 * say something true about what happened.
 */
export function toApiError(body: unknown, response: Response): ApiError {
  if (isProblem(body)) return new ApiError(body);
  return new ApiError({ status: response.status, title: response.statusText || undefined });
}

/** Field path → first message for that field, ready to show under the matching input. */
export function fieldErrors(problem: Problem | undefined | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const error of problem?.errors ?? []) {
    if (!(error.field in out)) out[error.field] = error.message;
  }
  return out;
}

/** Converts an API field path into react-hook-form's dotted path: `values[2].numerator` → `values.2.numerator`. */
export function toFormPath(apiField: string): string {
  return apiField.replace(/\[(\d+)\]/g, '.$1');
}

export interface FormErrorTarget<TName extends string = string> {
  setError: (name: TName, error: { type: string; message: string }, options?: { shouldFocus: boolean }) => void;
}

/**
 * Applies a validation problem to a react-hook-form form. Errors whose field the form does not
 * have (e.g. `$` for a malformed body) are returned so the caller can show them in a summary.
 */
export function applyProblemToForm<TName extends string>(
  problem: Problem,
  form: FormErrorTarget<TName>,
  knownFields: readonly string[],
  mapField: (apiField: string) => string | null = toFormPath,
): FieldProblem[] {
  const unplaced: FieldProblem[] = [];
  const placed = new Set<string>();
  for (const error of problem.errors ?? []) {
    const name = mapField(error.field);
    if (name && knownFields.some((known) => name === known || name.startsWith(`${known}.`))) {
      // One message per input: the first the API gave.
      if (!placed.has(name)) form.setError(name as TName, { type: 'server', message: error.message }, { shouldFocus: placed.size === 0 });
      placed.add(name);
    } else {
      unplaced.push(error);
    }
  }
  return unplaced;
}
