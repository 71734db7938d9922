import { describe, expect, it } from 'vitest';
import { daysFromToday, endOfDayInVietnam } from './tokens';

describe('token expiry', () => {
  it('should end at midnight in Hồ Chí Minh City on the chosen day', () => {
    expect(endOfDayInVietnam('2027-06-30')).toBe('2027-06-30T16:59:59.000Z');
  });

  it('should count calendar days, across months and years', () => {
    expect(daysFromToday(90, new Date(2026, 10, 27))).toBe('2027-02-25');
    expect(daysFromToday(0, new Date(2026, 0, 5))).toBe('2026-01-05');
  });
});
