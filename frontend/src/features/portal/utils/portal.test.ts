import { describe, expect, it } from 'vitest';
import { translate } from '@/i18n/i18n';
import { formatNumber, formatPercent } from '@/i18n/format';
import { embedPath, embedSnippet, portalTargetPath, statusCounts, toChartUnits, unitValueText } from './portal';

const vi = { t: (key: Parameters<typeof translate>[1]) => translate('vi', key), number: (v: number | string) => formatNumber(v, 'vi'), percent: (v: number) => formatPercent(v, 'vi') };

describe('the portal\'s helpers', () => {
  it('should build the addresses the backend serves (the embed is the one any site may frame)', () => {
    expect(portalTargetPath('D11-STI-2016-2020', 'T1A')).toBe('/portal/D11-STI-2016-2020/targets/T1A');
    expect(embedPath('D11-STI-2016-2020', 'T1A')).toBe('/embed/targets/D11-STI-2016-2020/T1A');
  });

  it('should give an iframe snippet with the title escaped', () => {
    expect(embedSnippet('https://q11.example', 'P', 'T2', 'T2 · "100%" <wards> & schools')).toBe(
      '<iframe src="https://q11.example/embed/targets/P/T2" title="T2 · &quot;100%&quot; &lt;wards> &amp; schools" width="600" height="400" style="border:0;max-width:100%" loading="lazy"></iframe>',
    );
  });

  it('should count targets per status in a fixed order', () => {
    const targets = [{ status: 'OFF_TRACK' }, { status: 'ACHIEVED' }, { status: 'OFF_TRACK' }, { status: 'NO_DATA' }] as const;
    expect(statusCounts(targets)).toEqual([
      { status: 'ACHIEVED', count: 1 },
      { status: 'OFF_TRACK', count: 2 },
      { status: 'NO_DATA', count: 1 },
    ]);
  });

  it('should say a unit\'s value as people read it', () => {
    expect(unitValueText({ valueKind: 'BOOLEAN' }, { value: 1 }, vi)).toBe('Có');
    expect(unitValueText({ valueKind: 'BOOLEAN' }, { value: 0 }, vi)).toBe('Không');
    expect(unitValueText({ valueKind: 'RATIO' }, { value: 66.6667 }, vi)).toBe('66,7\u00a0%');
    expect(unitValueText({ valueKind: 'COUNT' }, { value: 1234 }, vi)).toBe('1.234');
    expect(unitValueText({ valueKind: 'COUNT' }, { value: null }, vi)).toBeNull();
  });

  it('should order units naturally and count only those with an approved value', () => {
    const unit = (code: string, value: number | null) => ({ orgUnitCode: code, nameVi: code, nameEn: code, value, numerator: null, denominator: null, meets: null });
    expect(toChartUnits([unit('P10', 1), unit('P2', null)]).map((u) => [u.orgUnitCode, u.counted])).toEqual([['P2', false], ['P10', true]]);
  });
});
