import { describe, expect, it } from 'vitest';
import { translate } from '@/i18n/i18n';
import { formatDate } from '@/i18n/format';
import type { Notification } from '../api/notifications';
import { bellLabel, noticeLink, noticeText, unreadBadge } from './notification-text';

const returned: Notification = {
  id: 7,
  kind: 'RETURNED',
  planCode: 'D11-STI-2016-2020',
  orgUnitCode: 'P01',
  orgUnitNameVi: 'Phường 1',
  orgUnitNameEn: 'Ward 1',
  period: '2019',
  submissionId: 12,
  actor: 'reviewer',
  comment: 'Số cán bộ chưa khớp',
  dueDate: null,
  createdAt: '2026-12-04T08:00:00Z',
  read: false,
  readAt: null,
};

describe('notification text', () => {
  it('should cap the badge at 99+ and show none at zero', () => {
    expect(unreadBadge(0)).toBeNull();
    expect(unreadBadge(7)).toBe('7');
    expect(unreadBadge(99)).toBe('99');
    expect(unreadBadge(100)).toBe('99+');
  });

  it('should name the bell with the count in both languages', () => {
    const some = bellLabel(3);
    expect(translate('vi', some.key, some.params)).toBe('Thông báo: 3 chưa đọc');
    expect(translate('en', some.key, some.params)).toBe('Notifications: 3 unread');
    expect(translate('vi', bellLabel(0).key)).toBe('Thông báo: không có thông báo mới');
  });

  it('should word a returned report with the unit in the reader language', () => {
    const vi = noticeText(returned, (v) => v, (d) => formatDate(d, 'vi'));
    expect(translate('vi', vi.key, vi.params)).toBe('Báo cáo của Phường 1, kỳ 2019 đã bị reviewer trả lại');
    const en = noticeText(returned, (_v, e) => e, (d) => formatDate(d, 'en'));
    expect(translate('en', en.key, en.params)).toBe('The report of Ward 1 for 2019 was returned by reviewer');
  });

  it('should give a reminder its due date as a reader of each language writes it', () => {
    const soon: Notification = { ...returned, kind: 'DEADLINE_SOON', submissionId: null, actor: null, dueDate: '2021-01-31' };
    const vi = noticeText(soon, (v) => v, (d) => formatDate(d, 'vi'));
    expect(translate('vi', vi.key, vi.params)).toBe('Sắp đến hạn: báo cáo của Phường 1, kỳ 2019 phải gửi chậm nhất ngày 31/01/2021');
  });

  it('should lead a reviewer to the review and an officer to data entry', () => {
    expect(noticeLink({ ...returned, kind: 'REVIEW_REQUESTED' })).toBe('/review/12?plan=D11-STI-2016-2020');
    expect(noticeLink(returned)).toBe('/data-entry?plan=D11-STI-2016-2020&ou=P01&pe=2019');
    // A message in the discussion reaches both sides: each opens the report where they work on it.
    expect(noticeLink({ ...returned, kind: 'COMMENT' }, true)).toBe('/review/12?plan=D11-STI-2016-2020');
    expect(noticeLink({ ...returned, kind: 'COMMENT' }, false)).toBe('/data-entry?plan=D11-STI-2016-2020&ou=P01&pe=2019');
    expect(noticeLink({ ...returned, kind: 'OVERDUE', submissionId: null })).toBe('/data-entry?plan=D11-STI-2016-2020&ou=P01&pe=2019');
  });
});
