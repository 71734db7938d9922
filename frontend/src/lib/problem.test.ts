import { describe, expect, it, vi } from 'vitest';
import { ApiError, applyProblemToForm, fieldErrors, toApiError, toFormPath, type Problem } from './problem';

const PROBLEM: Problem = {
  type: 'urn:planmonitor:problem:validation',
  title: 'Dữ liệu không hợp lệ',
  status: 400,
  detail: 'Một số trường không hợp lệ; xem danh sách lỗi.',
  code: 'validation',
  errors: [
    { field: 'code', code: 'duplicate', message: 'P01 đã được sử dụng.' },
    { field: 'code', code: 'code-format', message: 'second message for the same field' },
    { field: 'reportingUnitCodes[1]', code: 'unknown-code', message: 'Không có X.' },
    { field: '$', code: 'malformed-json', message: 'JSON sai cú pháp' },
  ],
};

describe('problem details', () => {
  it('should become an ApiError that keeps the status and the problem', () => {
    const error = toApiError(PROBLEM, new Response(null, { status: 400 }));
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.code).toBe('validation');
    expect(error.message).toBe('Một số trường không hợp lệ; xem danh sách lỗi.');
  });

  it('should keep the HTTP status of a failure that is not a problem (a proxy page)', () => {
    const error = toApiError('<html>Bad Gateway</html>', new Response(null, { status: 502, statusText: 'Bad Gateway' }));
    expect(error.status).toBe(502);
    expect(error.problem.title).toBe('Bad Gateway');
  });

  it('should give each field its first message', () => {
    expect(fieldErrors(PROBLEM)).toEqual({
      code: 'P01 đã được sử dụng.',
      'reportingUnitCodes[1]': 'Không có X.',
      $: 'JSON sai cú pháp',
    });
  });

  it('should name fields the way react-hook-form does', () => {
    expect(toFormPath('values[2].items[0].name')).toBe('values.2.items.0.name');
  });

  it('should set the errors of fields the form has, focus the first, and return the rest', () => {
    const setError = vi.fn();
    const rest = applyProblemToForm(PROBLEM, { setError }, ['code', 'nameVi']);
    expect(setError).toHaveBeenCalledTimes(1);
    expect(setError).toHaveBeenCalledWith('code', { type: 'server', message: 'P01 đã được sử dụng.' }, { shouldFocus: true });
    expect(rest.map((e) => e.field)).toEqual(['reportingUnitCodes[1]', '$']);
  });
});
