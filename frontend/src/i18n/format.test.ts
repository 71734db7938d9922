import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatForInput, formatNumber, formatPercent, parseNumber, ratioPercent } from './format';

const NBSP = '\u00a0';

describe('Vietnamese formats (vi-VN)', () => {
  it('should group thousands with a dot and mark decimals with a comma', () => {
    expect(formatNumber(1234.5, 'vi')).toBe('1.234,5');
    expect(formatNumber(1234567, 'vi')).toBe('1.234.567');
    expect(formatNumber(0, 'vi')).toBe('0');
  });

  it('should write percentages with one decimal and a space before the sign', () => {
    expect(formatPercent(50, 'vi')).toBe(`50,0${NBSP}%`);
    expect(formatPercent(66.666, 'vi')).toBe(`66,7${NBSP}%`);
    expect(formatPercent(100, 'vi', 0)).toBe(`100${NBSP}%`);
  });

  it('should write dates day first', () => {
    expect(formatDate('2015-11-25', 'vi')).toBe('25/11/2015');
    expect(formatDate(new Date(2020, 0, 5), 'vi')).toBe('05/01/2020');
  });

  it('should write a date and time on a 24-hour clock', () => {
    expect(formatDateTime(new Date(2015, 10, 25, 14, 5), 'vi')).toBe('25/11/2015 14:05');
  });
});

describe('English formats', () => {
  it('should use English separators', () => {
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatPercent(50, 'en')).toBe('50.0%');
    expect(formatDate('2015-11-25', 'en')).toBe('25/11/2015');
  });
});

describe('reading typed figures', () => {
  it('should read the Vietnamese convention', () => {
    expect(parseNumber('1.234,5', 'vi')).toBe(1234.5);
    expect(parseNumber('12,5', 'vi')).toBe(12.5);
    expect(parseNumber('1.234', 'vi')).toBe(1234);
    expect(parseNumber(' 42 ', 'vi')).toBe(42);
  });

  it('should take a dot that does not group thousands as the decimal mark', () => {
    expect(parseNumber('12.5', 'vi')).toBe(12.5);
  });

  it('should read the English convention', () => {
    expect(parseNumber('1,234.5', 'en')).toBe(1234.5);
    expect(parseNumber('12,5', 'en')).toBe(12.5);
  });

  it('should refuse text that is not a number', () => {
    expect(parseNumber('', 'vi')).toBeNull();
    expect(parseNumber('abc', 'vi')).toBeNull();
    expect(parseNumber('1,2,3', 'vi')).toBeNull();
    expect(parseNumber('1e3', 'en')).toBeNull();
  });

  it('should show stored figures with the local decimal mark for editing', () => {
    expect(formatForInput(12.5, 'vi')).toBe('12,5');
    expect(formatForInput(12.5, 'en')).toBe('12.5');
    expect(formatForInput(null, 'vi')).toBe('');
  });
});

describe('ratio shares', () => {
  it('should be the percentage of the denominator, undefined for an empty denominator', () => {
    expect(ratioPercent(3, 4)).toBe(75);
    expect(ratioPercent(0, 0)).toBeNull();
  });
});
