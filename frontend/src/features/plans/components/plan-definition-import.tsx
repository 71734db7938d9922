import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { ErrorState } from '@/components/ui/states';
import type { PlanDefinition, PlanDefinitionSummary } from '@/lib/api';
import { useI18n } from '@/i18n/i18n';
import { importPlanDefinition, useImportPlanDefinition } from '../api/plan-definition';

/** FileReader rather than File.text(), which jsdom (the unit tests) does not have. */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read'));
    reader.readAsText(file);
  });
}

/**
 * Import of a plan definition in two steps: the file is sent as a dry run, whose summary (created /
 * changed with its fields / unchanged) is shown; only "Import" stores it, all or nothing.
 */
export function PlanDefinitionImport({ onClose }: { onClose: (imported?: PlanDefinitionSummary) => void }) {
  const { t } = useI18n();
  const store = useImportPlanDefinition();
  const [definition, setDefinition] = useState<PlanDefinition | null>(null);
  const [preview, setPreview] = useState<PlanDefinitionSummary | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [checking, setChecking] = useState(false);

  async function choose(file: File | undefined) {
    setDefinition(null);
    setPreview(null);
    setFailure(null);
    if (!file) return;
    let parsed: PlanDefinition;
    try {
      parsed = JSON.parse(await readText(file)) as PlanDefinition;
    } catch {
      setFailure(new Error(t('planDefinition.notJson')));
      return;
    }
    setChecking(true);
    try {
      setPreview(await importPlanDefinition({ definition: parsed, dryRun: true }));
      setDefinition(parsed);
    } catch (error) {
      setFailure(error);
    } finally {
      setChecking(false);
    }
  }

  async function confirm() {
    if (!definition) return;
    try {
      onClose(await store.mutateAsync({ definition, dryRun: false }));
    } catch (error) {
      setFailure(error);
    }
  }

  const changes = preview ? preview.created + preview.changed : 0;
  return (
    <Dialog
      open
      wide
      onClose={() => onClose()}
      title={t('planDefinition.importTitle')}
      footer={
        <>
          <Button onClick={() => onClose()}>{t('common.cancel')}</Button>
          <Button variant="primary" disabled={!preview || changes === 0} busy={store.isPending} onClick={() => void confirm()}>
            {t('planDefinition.importConfirm')}
          </Button>
        </>
      }
    >
      <p className="muted small">{t('planDefinition.importIntro')}</p>
      <label className="field">
        <span className="field__label">{t('planDefinition.file')}</span>
        <input type="file" accept="application/json,.json" onChange={(e) => void choose(e.target.files?.[0])} disabled={checking} />
      </label>
      {checking && <p className="muted">{t('planDefinition.checking')}</p>}
      {failure ? <ErrorState error={failure} title={t('planDefinition.refused')} /> : null}
      {preview && (
        <>
          <Alert tone={changes === 0 ? 'success' : 'info'} title={t('planDefinition.dryRunTitle', { plan: preview.planCode })}>
            {t('planDefinition.counts', { created: preview.created, changed: preview.changed, unchanged: preview.unchanged })}
          </Alert>
          <ul className="small">
            {preview.items
              .filter((item) => item.outcome !== 'UNCHANGED')
              .map((item) => (
                <li key={`${item.kind}-${item.code}`}>
                  {t(`planDefinition.kind.${item.kind}`)} <code>{item.code}</code>: {t(`planDefinition.outcome.${item.outcome}`)}
                  {item.changedFields.length > 0 && <span className="muted"> ({item.changedFields.join(', ')})</span>}
                </li>
              ))}
          </ul>
        </>
      )}
    </Dialog>
  );
}
