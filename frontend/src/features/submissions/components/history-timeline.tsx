import type { Indicator } from '@/lib/api';
import { useI18n } from '@/i18n/i18n';
import type { AuditEvent } from '../api/get-history';
import { describeField, describeValue, groupHistory, orderChanges, type AuditAction } from '../utils/history';

const ICONS: Record<AuditAction, string> = { CREATE: '+', UPDATE: '✎', DELETE: '✕', SUBMIT: '➜', APPROVE: '✓', RETURN: '↩', REOPEN: '⟲', COMMENT: '💬', ATTACH: '⊕', DETACH: '⊖' };

/** Who did what and when, oldest first, with each changed figure as old → new and each review comment. */
export function HistoryTimeline({ events, indicators }: { events: readonly AuditEvent[]; indicators: readonly Indicator[] }) {
  const i18n = useI18n();
  const { t, dateTime } = i18n;
  const entries = groupHistory(events);
  return (
    <ol className="timeline">
      {entries.map((entry) => (
        <li key={entry.key} className={`timeline__item timeline__item--${entry.action.toLowerCase()}`}>
          <span className="timeline__icon" aria-hidden="true">
            {ICONS[entry.action]}
          </span>
          <div className="timeline__body">
            <p className="timeline__title">
              <strong>{entry.actor}</strong> {t(`history.action.${entry.action}`)}
              {entry.statusTo && (
                <span className="muted">
                  {' '}
                  ({entry.statusFrom ? `${t(`status.${entry.statusFrom}`)} → ` : ''}
                  {t(`status.${entry.statusTo}`)})
                </span>
              )}
            </p>
            <p className="timeline__time muted small">
              <time dateTime={entry.at}>{dateTime(entry.at)}</time>
            </p>
            {entry.about && <p className="timeline__about small">{t('history.about', { name: describeField(entry.about, indicators, i18n) })}</p>}
            {entry.file && <p className="timeline__file small">{entry.file}</p>}
            {entry.comment && (
              <blockquote className="timeline__comment">
                <span className="visually-hidden">{t('history.comment')}: </span>
                {entry.comment}
              </blockquote>
            )}
            {entry.changes.length > 0 && (
              <ul className="timeline__changes">
                {orderChanges(entry.changes, indicators).map((change, i) => (
                  <li key={i}>
                    <span className="timeline__field">{describeField(change.field, indicators, i18n)}</span>:{' '}
                    {/* A first value (a new report) has nothing to cross out. */}
                    {change.oldValue !== null && (
                      <>
                        <span className="timeline__old">{describeValue(change.field, change.oldValue, i18n)}</span>
                        <span aria-hidden="true"> → </span>
                        <span className="visually-hidden"> {t('history.changedTo')} </span>
                      </>
                    )}
                    <span className="timeline__new">{describeValue(change.field, change.newValue, i18n)}</span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
