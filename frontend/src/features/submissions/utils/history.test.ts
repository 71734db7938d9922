import { describe, expect, it } from 'vitest';
import { formatNumber } from '@/i18n/format';
import { translate } from '@/i18n/i18n';
import { INITIATIVES, MODELS, RATIO, YES_NO } from '@/testing/fixtures';
import type { AuditEvent } from '../api/get-history';
import { describeField, describeValue, groupHistory, orderChanges } from './history';

const vi = {
  t: (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate('vi', key, params),
  pick: (v: string | null | undefined) => v ?? '',
  number: (v: number | string) => formatNumber(v, 'vi'),
};

let nextId = 1;
function event(at: string, actor: string, action: AuditEvent['action'], field: string | null, oldValue: string | null, newValue: string | null, comment: string | null = null): AuditEvent {
  return { id: nextId++, occurredAt: at, actor, action, submissionId: 1, planCode: 'D11-STI-2016-2020', orgUnitCode: 'P01', period: '2020', field, oldValue, newValue, comment };
}

describe('a report\'s history', () => {
  it('should keep each message of the discussion apart, with the value it is about', () => {
    const entries = groupHistory([
      event('2021-02-05T08:00:00.000Z', 'reviewer', 'COMMENT', 'ECON_OFFICER_TRAINING', null, null, 'Nguồn số liệu?'),
      // A second message a moment later by the same person is still its own step.
      event('2021-02-05T08:00:00.500Z', 'reviewer', 'COMMENT', null, null, null, 'Xin bổ sung danh sách lớp.'),
    ]);
    expect(entries.map((e) => [e.action, e.about, e.comment, e.changes.length])).toEqual([
      ['COMMENT', 'ECON_OFFICER_TRAINING', 'Nguồn số liệu?', 0],
      ['COMMENT', null, 'Xin bổ sung danh sách lớp.', 0],
    ]);
    expect(describeField(entries[0]!.about!, [RATIO], vi)).toBe(RATIO.nameVi);
  });

  it('should make one step of each save and each review action, with the status change and the comment', () => {
    const entries = groupHistory([
      event('2021-02-01T02:00:00.100Z', 'phuong1', 'CREATE', 'ECON_OFFICER_TRAINING.numerator', null, '2'),
      event('2021-02-01T02:00:00.104Z', 'phuong1', 'CREATE', 'ECON_OFFICER_TRAINING.denominator', null, '4'),
      event('2021-02-01T02:00:01.000Z', 'phuong1', 'SUBMIT', 'status', 'DRAFT', 'SUBMITTED'),
      event('2021-02-03T08:00:00Z', 'reviewer', 'RETURN', 'status', 'SUBMITTED', 'RETURNED', 'Kiểm tra lại số cán bộ.'),
      event('2021-02-04T08:00:00Z', 'phuong1', 'UPDATE', 'ECON_OFFICER_TRAINING.numerator', '2', '3'),
      // A second save a minute later is another step, even by the same person.
      event('2021-02-04T08:01:00Z', 'phuong1', 'UPDATE', 'comment', null, 'Đã sửa.'),
    ]);
    expect(entries.map((e) => [e.actor, e.action, e.changes.length, e.statusTo])).toEqual([
      ['phuong1', 'CREATE', 2, null],
      ['phuong1', 'SUBMIT', 0, 'SUBMITTED'],
      ['reviewer', 'RETURN', 0, 'RETURNED'],
      ['phuong1', 'UPDATE', 1, null],
      ['phuong1', 'UPDATE', 1, null],
    ]);
    expect(entries[2]!.comment).toBe('Kiểm tra lại số cán bộ.');
    expect(entries[2]!.statusFrom).toBe('SUBMITTED');
  });

  it('should keep two status changes apart even when they come within the same second', () => {
    const entries = groupHistory([
      event('2021-02-01T02:00:00.000Z', 'reviewer', 'REOPEN', 'status', 'APPROVED', 'RETURNED', 'Sai số liệu.'),
      event('2021-02-01T02:00:00.500Z', 'reviewer', 'REOPEN', 'status', 'APPROVED', 'RETURNED', 'Lần hai.'),
    ]);
    expect(entries).toHaveLength(2);
  });

  it('should name fields in words and show values as the reader writes them', () => {
    const indicators = [RATIO, YES_NO, MODELS];
    expect(describeField('ECON_OFFICER_TRAINING.numerator', indicators, vi)).toBe('ECON_OFFICER_TRAINING · Số cán bộ đã được bồi dưỡng');
    expect(describeField('STI_APPLICATION_MODELS.number', indicators, vi)).toBe('STI_APPLICATION_MODELS · Số lượng');
    expect(describeField('STI_APPLICATION_MODELS.items', indicators, vi)).toBe('STI_APPLICATION_MODELS · Danh sách');
    expect(describeField('comment', indicators, vi)).toBe('Ghi chú');
    expect(describeField('GONE.number', indicators, vi)).toBe('GONE.number');
    expect(describeValue('STI_DATABASE.answer', 'true', vi)).toBe('Có');
    expect(describeValue('ECON_OFFICER_TRAINING.denominator', '1234.5', vi)).toBe('1.234,5');
    expect(describeValue('comment', null, vi)).toBe('(trống)');
  });

  it('should list changes in the order of the form, the note last', () => {
    const changes = [
      { field: 'comment', oldValue: null, newValue: 'x' },
      { field: 'IMPROVEMENT_INITIATIVES.number', oldValue: null, newValue: '3' },
      { field: 'ECON_OFFICER_TRAINING.denominator', oldValue: null, newValue: '4' },
      { field: 'ECON_OFFICER_TRAINING.numerator', oldValue: null, newValue: '2' },
    ];
    expect(orderChanges(changes, [RATIO, INITIATIVES]).map((c) => c.field)).toEqual([
      'ECON_OFFICER_TRAINING.numerator',
      'ECON_OFFICER_TRAINING.denominator',
      'IMPROVEMENT_INITIATIVES.number',
      'comment',
    ]);
  });
});
