import { useId, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { useI18n } from '@/i18n/i18n';
import type { BoundaryUpload, GeoJsonUpload } from '@/lib/api';
import { ApiError } from '@/lib/problem';
import { useBoundaries, useUploadBoundaries } from '../api/boundaries';

/** The file's text (FileReader: Blob.text() is missing from some test DOMs and older browsers). */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(file);
  });
}

/** How many codes a list in the dry run's answer shows before "and N more". */
const SHOWN = 20;

/**
 * Units' shapes for the maps: the administrator picks a GeoJSON file, sees what it would change (a dry
 * run on the server, nothing stored), then applies it. The file replaces the whole set of shapes.
 */
export function BoundariesAdmin() {
  const { t, number } = useI18n();
  const headingId = useId();
  const stored = useBoundaries();
  const upload = useUploadBoundaries();
  const [file, setFile] = useState<{ name: string; collection: GeoJsonUpload } | null>(null);
  const [preview, setPreview] = useState<BoundaryUpload | null>(null);
  const [applied, setApplied] = useState<BoundaryUpload | null>(null);
  const [error, setError] = useState<{ message: string; fields: { field: string; message: string }[] } | null>(null);

  const fail = (e: unknown) => {
    if (e instanceof ApiError) setError({ message: e.message, fields: e.problem.errors ?? [] });
    else setError({ message: t('boundaries.notJson'), fields: [] });
  };

  const choose = async (picked: File | undefined) => {
    setPreview(null);
    setApplied(null);
    setError(null);
    setFile(null);
    if (!picked) return;
    let collection: GeoJsonUpload;
    try {
      collection = JSON.parse(await readText(picked)) as GeoJsonUpload;
    } catch {
      setError({ message: t('boundaries.notJson'), fields: [] });
      return;
    }
    setFile({ name: picked.name, collection });
    try {
      setPreview(await upload.mutateAsync({ collection, dryRun: true }));
    } catch (e) {
      fail(e);
    }
  };

  const apply = async () => {
    if (!file) return;
    try {
      setApplied(await upload.mutateAsync({ collection: file.collection, dryRun: false }));
      setPreview(null);
      setFile(null);
    } catch (e) {
      fail(e);
    }
  };

  const list = (codes: string[]) =>
    codes.length === 0 ? '—' : codes.slice(0, SHOWN).join(', ') + (codes.length > SHOWN ? ` ${t('boundaries.andMore', { count: number(codes.length - SHOWN) })}` : '');

  const summary = (answer: BoundaryUpload) => (
    <dl className="boundary-summary" data-testid="boundaries-summary">
      <dt>{t('boundaries.matched', { count: number(answer.matched.length) })}</dt>
      <dd>{list(answer.matched)}</dd>
      <dt>{t('boundaries.unmatched', { count: number(answer.unmatched.length) })}</dt>
      <dd>{list(answer.unmatched)}</dd>
      <dt>{t('boundaries.withoutShape', { count: number(answer.unitsWithoutShape.length) })}</dt>
      <dd>{list(answer.unitsWithoutShape)}</dd>
      {answer.removed.length > 0 && (
        <>
          <dt>{t('boundaries.removed', { count: number(answer.removed.length) })}</dt>
          <dd>{list(answer.removed)}</dd>
        </>
      )}
    </dl>
  );

  return (
    <section className="card section" aria-labelledby={headingId} id="boundaries">
      <h2 id={headingId}>{t('boundaries.title')}</h2>
      <p className="muted">{t('boundaries.intro')}</p>
      <p data-testid="boundaries-count">
        {stored.data ? t('boundaries.stored', { count: number(stored.data.features.length) }) : '…'}
      </p>
      <Field label={t('boundaries.file')} hint={t('boundaries.fileHint')}>
        {(control) => (
          <input
            {...control}
            type="file"
            accept=".geojson,.json,application/geo+json,application/json"
            onChange={(e) => {
              void choose(e.target.files?.[0]);
            }}
          />
        )}
      </Field>
      {error && (
        <Alert tone="error" title={t('boundaries.refused')}>
          <p>{error.message}</p>
          {error.fields.length > 0 && (
            <ul>
              {error.fields.map((f) => (
                <li key={f.field + f.message}>
                  <code>{f.field}</code>: {f.message}
                </li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      {preview && file && (
        <Alert
          tone="info"
          title={t('boundaries.dryRunTitle', { file: file.name })}
          actions={
            <Button variant="primary" busy={upload.isPending} onClick={() => void apply()}>
              {t('boundaries.apply')}
            </Button>
          }
        >
          {summary(preview)}
        </Alert>
      )}
      {applied && (
        <Alert tone="success" title={t('boundaries.appliedTitle')}>
          {summary(applied)}
        </Alert>
      )}
    </section>
  );
}
