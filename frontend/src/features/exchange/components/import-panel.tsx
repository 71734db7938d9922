import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { useI18n, type MessageKey } from '@/i18n/i18n';
import { ApiError } from '@/lib/problem';
import { cn } from '@/utils/cn';
import { IMPORT_STRATEGIES, useCheckImport, useRunImport, type ImportStrategy } from '../api/import-data-values';
import {
  ACCEPT,
  MAX_UPLOAD_BYTES,
  canConfirm,
  csvDataLines,
  detectFormat,
  importVerdict,
  newIdempotencyKey,
  type ExchangeFormat,
  type ImportVerdict,
} from '../utils/exchange-file';
import { ImportSummaryView } from './import-summary';

/** A picked file, read once: the dry run and the import send these very bytes. */
interface PickedFile {
  name: string;
  size: number;
  format: ExchangeFormat;
  bytes: ArrayBuffer;
  /** CSV only: the file line each data row starts on, to point at refused rows. */
  csvLines?: number[];
}

const VERDICT_TONE: Record<ImportVerdict, 'success' | 'warning' | 'error' | 'info'> = {
  ready: 'success',
  partial: 'warning',
  'atomic-blocked': 'error',
  blocked: 'error',
  'no-change': 'info',
};

/** The API's own title for a problem (413, 415, 422…); ours for what is not one (the network). */
function titleFor(error: unknown, fallback: string): string | undefined {
  return error instanceof ApiError && error.problem.title ? undefined : fallback;
}

function readBytes(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

export interface ImportPanelProps {
  planCode: string;
  /** Names of the units a reporter is limited to (their rows only are accepted), or null. */
  limitedTo: string | null;
}

/**
 * Bulk import of a JSON, CSV or Excel file: picked (or dropped), checked with a dry run that stores
 * nothing, then imported on confirmation. The import carries an Idempotency-Key, one per file and
 * options, so a double click, a retry after a lost answer or a second tab never imports twice.
 */
export function ImportPanel({ planCode, limitedTo }: ImportPanelProps) {
  const { t, number } = useI18n();
  const headingId = useId();
  const inputId = useId();
  const dropHintId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const [picked, setPicked] = useState<PickedFile | null>(null);
  const [pickError, setPickError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [strategy, setStrategy] = useState<ImportStrategy>('CREATE_AND_UPDATE');
  const [atomic, setAtomic] = useState(true);
  const check = useCheckImport();
  const run = useRunImport();
  // One key per file and options: the same request retried reuses it (and is answered, not
  // applied, again); other options are another request and need their own.
  const keys = useRef(new Map<string, string>());
  const optionsKey = `${planCode}|${strategy}|${atomic}`;

  const { mutate: checkFile, reset: resetCheck } = check;
  const { reset: resetRun } = run;
  // The dry run comes first, and again whenever the file or an option changes.
  useEffect(() => {
    if (!picked) return;
    resetRun();
    checkFile({ plan: planCode, strategy, atomic, bytes: picked.bytes, format: picked.format });
  }, [picked, planCode, strategy, atomic, checkFile, resetRun]);

  // The button pressed is gone once the import has answered: the focus goes to its result.
  useEffect(() => {
    if (run.data) resultRef.current?.focus();
  }, [run.data]);

  const done = run.data && run.data.summary.status !== 'ERROR';
  const busy = reading || check.isPending || run.isPending;

  async function pick(files: FileList | File[] | null) {
    const list = files ? Array.from(files) : [];
    if (list.length === 0) return;
    setPickError(null);
    if (list.length > 1) return setPickError(t('exchange.oneFile'));
    const file = list[0]!;
    const format = detectFormat(file.name, file.type);
    if (!format) return setPickError(t('exchange.wrongType', { name: file.name }));
    if (file.size === 0) return setPickError(t('exchange.emptyFile', { name: file.name }));
    if (file.size > MAX_UPLOAD_BYTES) return setPickError(t('exchange.tooLarge', { name: file.name }));
    setReading(true);
    try {
      const bytes = await readBytes(file);
      const csvLines = format === 'csv' ? csvDataLines(new TextDecoder('utf-8').decode(bytes)) : undefined;
      keys.current = new Map();
      resetCheck();
      resetRun();
      setPicked({ name: file.name, size: file.size, format, bytes, csvLines });
    } catch {
      setPickError(t('exchange.unreadable', { name: file.name }));
    } finally {
      setReading(false);
    }
  }

  function startOver() {
    keys.current = new Map();
    setPicked(null);
    setPickError(null);
    resetCheck();
    resetRun();
    if (inputRef.current) inputRef.current.value = '';
    inputRef.current?.focus();
  }

  function confirm() {
    if (!picked) return;
    const signature = optionsKey;
    let key = keys.current.get(signature);
    if (!key) {
      key = newIdempotencyKey();
      keys.current.set(signature, key);
    }
    run.mutate(
      { plan: planCode, strategy, atomic, bytes: picked.bytes, format: picked.format, idempotencyKey: key },
      {
        onSuccess: (result) => {
          // Nothing was stored: a later attempt (after a fix elsewhere) is a new request.
          if (result.summary.status === 'ERROR') keys.current.delete(signature);
        },
        onError: (error) => {
          // The key was used for another request (422): this one stored nothing; the next try gets a fresh key.
          if (error instanceof ApiError && error.status === 422) keys.current.delete(signature);
        },
      },
    );
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    if (busy || done) return;
    void pick(event.dataTransfer.files);
  }

  // Only the dry run of the options on screen is the one the confirmation would follow.
  const checked = check.variables;
  const dry = check.data && checked?.plan === planCode && checked.strategy === strategy && checked.atomic === atomic ? check.data : null;
  const verdict = dry ? importVerdict(dry.summary) : null;
  const final = run.data ?? null;

  const announcement = reading
    ? t('exchange.reading')
    : check.isPending
      ? t('exchange.checking', { name: picked?.name ?? '' })
      : run.isPending
        ? t('exchange.importing')
        : final
          ? final.summary.description
          : dry && verdict
            ? `${t('exchange.checked')} ${t(`exchange.verdict.${verdict}` as MessageKey)}.`
            : '';

  return (
    <section className="card import-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('exchange.importTitle')}</h2>
      <p className="muted">{t('exchange.importIntro')}</p>
      {limitedTo && <p className="small">{t('exchange.importLimited', { units: limitedTo })}</p>}

      <div className="form-grid form-grid--2 import-options">
        <Field label={t('exchange.strategy')} hint={t(`exchange.strategyHint.${strategy}` as MessageKey)}>
          {(control) => (
            <select
              {...control}
              className="select"
              value={strategy}
              disabled={busy || !!done}
              onChange={(e) => setStrategy(e.target.value as ImportStrategy)}
            >
              {IMPORT_STRATEGIES.map((s) => (
                <option key={s} value={s}>
                  {t(`exchange.strategyOption.${s}` as MessageKey)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset className="import-atomic">
          <legend className="field__label">{t('exchange.atomicLegend')}</legend>
          <label className="radio-line">
            <input type="radio" name={`${inputId}-atomic`} checked={atomic} disabled={busy || !!done} onChange={() => setAtomic(true)} />
            <span>
              {t('exchange.atomicTrue')}
              <span className="field__hint"> — {t('exchange.atomicTrueHint')}</span>
            </span>
          </label>
          <label className="radio-line">
            <input type="radio" name={`${inputId}-atomic`} checked={!atomic} disabled={busy || !!done} onChange={() => setAtomic(false)} />
            <span>
              {t('exchange.atomicFalse')}
              <span className="field__hint"> — {t('exchange.atomicFalseHint')}</span>
            </span>
          </label>
        </fieldset>
      </div>

      <div
        className={cn('dropzone', dragging && 'dropzone--over', (busy || done) && 'dropzone--disabled')}
        onDragOver={(event) => {
          event.preventDefault();
          event.dataTransfer.dropEffect = busy || done ? 'none' : 'copy';
          if (!dragging) setDragging(true);
        }}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={onDrop}
      >
        <input
          ref={inputRef}
          id={inputId}
          type="file"
          className="dropzone__input"
          accept={ACCEPT}
          aria-describedby={dropHintId}
          disabled={busy || !!done}
          onChange={(event) => {
            const files = event.target.files ? Array.from(event.target.files) : [];
            // Emptied so that choosing the same file again, edited meanwhile, is noticed.
            event.target.value = '';
            void pick(files);
          }}
        />
        <label htmlFor={inputId} className="btn btn--primary dropzone__button">
          <span aria-hidden="true">⇪</span> {picked ? t('exchange.pickAnother') : t('exchange.pick')}
        </label>
        <p id={dropHintId} className="dropzone__hint">
          {t('exchange.dropHint', { max: number(MAX_UPLOAD_BYTES / 1024 / 1024) })}
        </p>
        {picked && (
          <p className="dropzone__file">
            <span className="muted">{t('exchange.file')}</span> <strong>{picked.name}</strong>{' '}
            <span className="muted small">
              {t('exchange.fileInfo', { size: number(Math.max(0.1, picked.size / 1024), 1), format: t(`exchange.format.${picked.format}` as MessageKey) })}
            </span>
          </p>
        )}
      </div>

      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>

      {pickError && (
        <Alert tone="error" title={t('exchange.pickErrorTitle')}>
          <p>{pickError}</p>
        </Alert>
      )}

      {picked && (
        <div className="import-result">
          {reading || check.isPending ? (
            <LoadingState label={t('exchange.checking', { name: picked.name })} rows={2} />
          ) : check.error ? (
            <ErrorState
              error={check.error}
              title={titleFor(check.error, t('exchange.checkFailed'))}
              onRetry={() => checkFile({ plan: planCode, strategy, atomic, bytes: picked.bytes, format: picked.format })}
            />
          ) : final ? (
            <>
              <ImportSummaryView
                summary={final.summary}
                format={picked.format}
                csvLines={picked.csvLines}
                replayed={final.replayed}
                headingRef={resultRef}
              />
              <div className="btn-row import-actions">
                {final.summary.status === 'ERROR' ? (
                  <Button
                    variant="primary"
                    onClick={() => {
                      resetRun();
                      checkFile({ plan: planCode, strategy, atomic, bytes: picked.bytes, format: picked.format });
                    }}
                  >
                    {t('exchange.checkAgain')}
                  </Button>
                ) : (
                  <Link className="btn" to={`/reports?plan=${encodeURIComponent(planCode)}`}>
                    {t('exchange.seeReports')}
                  </Link>
                )}
                <Button onClick={startOver}>{t('exchange.startOver')}</Button>
              </div>
            </>
          ) : dry && verdict ? (
            <>
              <ImportSummaryView summary={dry.summary} format={picked.format} csvLines={picked.csvLines} />
              <Alert tone={VERDICT_TONE[verdict]} live={false} title={t(`exchange.verdict.${verdict}` as MessageKey)}>
                <p>{t(`exchange.verdictBody.${verdict}` as MessageKey)}</p>
              </Alert>
              {run.error ? (
                <ErrorState error={run.error} title={titleFor(run.error, t('exchange.importFailed'))} />
              ) : null}
              <div className="btn-row import-actions">
                <Button variant="primary" onClick={confirm} busy={run.isPending} disabled={!canConfirm(verdict)}>
                  {run.error ? t('exchange.confirmRetry') : t('exchange.confirm')}
                </Button>
                {verdict === 'atomic-blocked' && (
                  <Button variant="danger" onClick={() => setAtomic(false)} disabled={run.isPending}>
                    {t('exchange.storeGoodRows')}
                  </Button>
                )}
                <Button onClick={startOver} disabled={run.isPending}>
                  {t('exchange.cancel')}
                </Button>
              </div>
            </>
          ) : null}
        </div>
      )}
    </section>
  );
}
