import { useId, type Ref } from 'react';
import { Badge } from '@/components/ui/badge';
import { useI18n, wordsFor, type MessageKey } from '@/i18n/i18n';
import type { ImportConflict, ImportSummary } from '../api/import-data-values';
import { rowLabel, type ExchangeFormat } from '../utils/exchange-file';

const STATUS: Record<ImportSummary['status'], { tone: string; icon: string }> = {
  SUCCESS: { tone: 'approved', icon: '✓' },
  WARNING: { tone: 'draft', icon: '!' },
  ERROR: { tone: 'returned', icon: '✕' },
};

/** A long list of refused rows is cut after this many, with "and N more". */
const ROWS_SHOWN = 12;

export function ImportStatusBadge({ status, dryRun }: { status: ImportSummary['status']; dryRun: boolean }) {
  const { t } = useI18n();
  const { tone, icon } = STATUS[status] ?? { tone: 'draft', icon: '?' };
  return (
    <Badge tone={tone}>
      <span aria-hidden="true">{icon}</span>
      {wordsFor(t, `exchange.status${dryRun ? 'DryRun' : ''}.${status}`, status)}
    </Badge>
  );
}

function Rows({ conflict, format, csvLines }: { conflict: ImportConflict; format: ExchangeFormat; csvLines?: readonly number[] }) {
  const { t } = useI18n();
  const shown = conflict.indexes.slice(0, ROWS_SHOWN).map((i) => rowLabel(format, i, csvLines));
  const more = conflict.indexes.length - shown.length;
  return (
    <span className="num">
      {shown.join(', ')}
      {more > 0 && ` ${t('exchange.rowsMore', { count: more })}`}
    </span>
  );
}

/** The refused rows, one line per reason, with where they are in the file and what to fix. */
export function ConflictsTable({ conflicts, format, csvLines }: { conflicts: readonly ImportConflict[]; format: ExchangeFormat; csvLines?: readonly number[] }) {
  const { t, number } = useI18n();
  const noteId = useId();
  const rows = conflicts.reduce((n, c) => n + c.indexes.length, 0);
  return (
    <div className="table-wrap">
      <table className="table table--compact table--stack conflicts" aria-describedby={noteId}>
        <caption className="exchange-caption">{t('exchange.conflictsCaption', { count: number(rows) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t(`exchange.rowsCol.${format}` as MessageKey)}</th>
            <th scope="col">{t('exchange.objectCol')}</th>
            <th scope="col">{t('exchange.reasonCol')}</th>
            <th scope="col">{t('exchange.errorCodeCol')}</th>
          </tr>
        </thead>
        <tbody>
          {conflicts.map((conflict, i) => (
            <tr key={`${conflict.errorCode}-${conflict.object}-${i}`}>
              <td data-label={t(`exchange.rowsCol.${format}` as MessageKey)}>
                <Rows conflict={conflict} format={format} csvLines={csvLines} />
              </td>
              <td data-label={t('exchange.objectCol')}>
                <span>
                  <code className="conflicts__object">{conflict.object || '—'}</code>{' '}
                  <span className="muted small">({conflict.property})</span>
                </span>
              </td>
              <td data-label={t('exchange.reasonCol')} className="conflicts__reason">
                {conflict.value}
              </td>
              <td data-label={t('exchange.errorCodeCol')}>
                <code>{conflict.errorCode}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p id={noteId} className="muted small">
        {t(`exchange.rowsNote.${format}` as MessageKey)}
      </p>
    </div>
  );
}

export interface ImportSummaryViewProps {
  summary: ImportSummary;
  format: ExchangeFormat;
  csvLines?: readonly number[];
  replayed?: boolean;
  /** The heading, focused once the import has run (the button pressed is gone by then). */
  headingRef?: Ref<HTMLHeadingElement>;
}

/**
 * An ImportSummary: status, the four counts and the refused rows. For a dry run the counts are
 * what the import *would* do, and the screen says so.
 */
export function ImportSummaryView({ summary, format, csvLines, replayed, headingRef }: ImportSummaryViewProps) {
  const { t, number } = useI18n();
  const { dryRun } = summary;
  const counts: Array<{ key: keyof ImportSummary['importCount']; label: MessageKey }> = [
    { key: 'imported', label: dryRun ? 'exchange.count.wouldImport' : 'exchange.count.imported' },
    { key: 'updated', label: dryRun ? 'exchange.count.wouldUpdate' : 'exchange.count.updated' },
    { key: 'deleted', label: dryRun ? 'exchange.count.wouldDelete' : 'exchange.count.deleted' },
    { key: 'ignored', label: 'exchange.count.ignored' },
  ];
  return (
    <div className="import-summary" data-status={summary.status} data-dry-run={dryRun}>
      <div className="import-summary__head">
        <h3 ref={headingRef} tabIndex={-1}>
          {dryRun ? t('exchange.dryRunTitle') : t('exchange.resultTitle')}
        </h3>
        <ImportStatusBadge status={summary.status} dryRun={dryRun} />
      </div>
      <p className="import-summary__description">{summary.description}</p>
      {dryRun && <p className="muted small">{t('exchange.dryRunNote')}</p>}
      {replayed && <p className="muted small">{t('exchange.replayed')}</p>}
      <dl className="facts import-counts">
        {counts.map(({ key, label }) => (
          <div key={key} data-count={key}>
            <dt>{t(label)}</dt>
            <dd className="num">{number(summary.importCount[key])}</dd>
          </div>
        ))}
      </dl>
      {summary.conflicts.length > 0 && <ConflictsTable conflicts={summary.conflicts} format={format} csvLines={csvLines} />}
    </div>
  );
}
