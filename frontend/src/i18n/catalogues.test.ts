import { describe, expect, it } from 'vitest';
import { en } from './en';
import { translate } from './i18n';
import { vi } from './vi';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('should say everything in both languages, with the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const key of Object.keys(vi) as Array<keyof typeof vi>) {
      expect(vi[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
      expect(placeholders(en[key]), key).toEqual(placeholders(vi[key]));
    }
  });

  it('should fill placeholders', () => {
    expect(translate('vi', 'entry.formTitle', { unit: 'Phường 1', period: 'Năm 2019' })).toBe('Phường 1 · Năm 2019');
    expect(translate('en', 'timing.BY_YEAR', { year: 2020 })).toBe('by 2020');
  });
});
