import { useId, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { describeError } from '@/components/ui/states';
import { useI18n } from '@/i18n/i18n';
import { useDownloadAnnualReport, type AnnualReportFormat } from '../api/annual-report';

export interface AnnualReportProps {
  plan: { id: number; code: string; firstYear: number; lastYear: number };
  /** Today's year: the default is the last year whose reports are in (the year before), within the plan. */
  currentYear: number;
}

/** The year of the plan a report is first asked for: last year, kept within the plan's years. */
export function defaultReportYear(firstYear: number, lastYear: number, currentYear: number): number {
  return Math.min(lastYear, Math.max(firstYear, currentYear - 1));
}

/** "Báo cáo năm": the plan's report of a year as Word or PDF, laid out as an administrative report. */
export function AnnualReport({ plan, currentYear }: AnnualReportProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const panelId = useId();
  const yearId = useId();
  const [open, setOpen] = useState(false);
  const [year, setYear] = useState(() => defaultReportYear(plan.firstYear, plan.lastYear, currentYear));
  const download = useDownloadAnnualReport();
  const years = Array.from({ length: plan.lastYear - plan.firstYear + 1 }, (_, i) => plan.firstYear + i);

  const get = (format: AnnualReportFormat) => {
    download.mutate({ planId: plan.id, planCode: plan.code, year, format });
  };
  const pending = download.isPending ? download.variables?.format : undefined;
  const failure = download.error ? describeError(download.error, i18n) : null;

  return (
    <div className="annual-report">
      <Button aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)}>
        {t('annualReport.button')}
      </Button>
      {open && (
        <div id={panelId} className="annual-report__panel card" role="group" aria-label={t('annualReport.button')}>
          <p className="small muted">{t('annualReport.intro')}</p>
          <div className="annual-report__row">
            <label htmlFor={yearId}>{t('annualReport.year')}</label>
            <select id={yearId} value={year} onChange={(e) => setYear(Number(e.target.value))}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
            <Button variant="primary" size="small" busy={pending === 'pdf'} disabled={download.isPending} onClick={() => get('pdf')}>
              <span aria-hidden="true">⇩</span> {t('annualReport.pdf')}
            </Button>
            <Button size="small" busy={pending === 'docx'} disabled={download.isPending} onClick={() => get('docx')}>
              <span aria-hidden="true">⇩</span> {t('annualReport.docx')}
            </Button>
          </div>
          <span role="status" aria-live="polite" className="small">
            {download.data && !download.isPending && !download.error && t('annualReport.downloaded', { name: download.data.filename })}
          </span>
          {failure && (
            <Alert tone="error" title={failure.title}>
              {failure.detail && <p>{failure.detail}</p>}
            </Alert>
          )}
        </div>
      )}
    </div>
  );
}
