import { useI18n, wordsFor } from '@/i18n/i18n';
import type { ProgressStatus, TargetProgress } from '@/lib/api';

/** What the band shows: the staff's progress, or the public portal's approved-only target (never provisional). */
export type BandProgress = Pick<TargetProgress, 'status' | 'percentage' | 'threshold' | 'latestFigure' | 'latestYear' | 'yearsMet' | 'yearsWithData'> & {
  provisional?: boolean;
  periods: ReadonlyArray<Pick<TargetProgress['periods'][number], 'period' | 'noData' | 'figure' | 'met'>>;
};

const STATUS_ICONS: Record<ProgressStatus, string> = { ACHIEVED: '✓', ON_TRACK: '↗', AT_RISK: '!', OFF_TRACK: '✕', NO_DATA: '…' };

/** A target's status as an icon and words; the colour repeats them. */
export function ProgressStatusChip({ status }: { status: ProgressStatus }) {
  const { t } = useI18n();
  return (
    <span className={`status status--${status.toLowerCase().replace('_', '-')}`}>
      <span aria-hidden="true">{STATUS_ICONS[status] ?? '?'}</span> {wordsFor(t, `progress.${status}`, status)}
    </span>
  );
}

/** A target's progress: status in words and icon, the latest figure, and its trend against the threshold. */
export function ProgressBand({ progress }: { progress: BandProgress }) {
  const { t, number, percent } = useI18n();
  const format = (value: number) => (progress.percentage ? percent(value) : number(value, Number.isInteger(value) ? 0 : 1));
  const figures = progress.periods.filter((p) => !p.noData && p.figure !== null);
  return (
    <div className="progress">
      <div className="progress__head">
        <ProgressStatusChip status={progress.status} />
        {progress.latestFigure !== null && progress.latestYear !== null && (
          <span className="progress__figure">
            <strong>{format(progress.latestFigure)}</strong>{' '}
            <span className="muted small">{t('progress.inYear', { year: progress.latestYear })}</span>
          </span>
        )}
      </div>
      {figures.length > 0 && <Sparkline progress={progress} format={format} />}
      <p className="muted small" style={{ margin: 0 }}>
        {t('progress.yearsMet', { met: progress.yearsMet, total: progress.yearsWithData })}
        {progress.provisional && ` · ${t('progress.provisional')}`}
      </p>
    </div>
  );
}

/** The figure per year as a small line, the threshold dashed; the same figures are in its label. */
function Sparkline({ progress, format }: { progress: BandProgress; format: (v: number) => string }) {
  const { t } = useI18n();
  const width = 240;
  const height = 56;
  const pad = 6;
  const periods = progress.periods;
  const values = periods.map((p) => (p.noData ? null : p.figure));
  const max = Math.max(progress.threshold, ...values.filter((v): v is number => v !== null), progress.percentage ? 100 : 0) || 1;
  const x = (i: number) => pad + (periods.length <= 1 ? (width - 2 * pad) / 2 : (i * (width - 2 * pad)) / (periods.length - 1));
  const y = (v: number) => height - pad - (v / max) * (height - 2 * pad);
  const points = values.map((v, i) => (v === null ? null : `${x(i)},${y(v)}`));
  const segments: string[][] = [[]];
  points.forEach((p) => (p ? segments[segments.length - 1]!.push(p) : segments.push([])));
  const label = periods.map((p) => `${p.period}: ${p.noData || p.figure === null ? t('progress.noFigure') : format(p.figure)}`).join(', ');
  const first = periods[0]?.period;
  const last = periods[periods.length - 1]?.period;
  return (
    <div className="sparkline-wrap">
      <svg
        className="sparkline"
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={`${t('progress.trend')}: ${label}. ${t('progress.threshold')}: ${format(progress.threshold)}`}
      >
        <line x1={pad} x2={width - pad} y1={y(progress.threshold)} y2={y(progress.threshold)} className="sparkline__threshold" />
        {segments
          .filter((segment) => segment.length > 1)
          .map((segment, i) => (
            <polyline key={i} points={segment.join(' ')} className="sparkline__line" />
          ))}
        {values.map((v, i) =>
          v === null ? null : (
            <circle key={periods[i]!.period} cx={x(i)} cy={y(v)} r={3} className={periods[i]!.met ? 'sparkline__dot sparkline__dot--met' : 'sparkline__dot'} />
          ),
        )}
      </svg>
      {first && last && first !== last && (
        <div className="sparkline__axis" aria-hidden="true">
          <span>{first}</span>
          <span>{last}</span>
        </div>
      )}
    </div>
  );
}
