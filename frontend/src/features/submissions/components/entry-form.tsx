import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import { useBlocker } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { DemoBadge, StatusBadge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { describeError, ErrorState } from '@/components/ui/states';
import type { Indicator, OrgUnit, Period, Submission, Target } from '@/lib/api';
import { ApiError, type FieldProblem } from '@/lib/problem';
import { useI18n } from '@/i18n/i18n';
import { setPath } from '@/utils/set-path';
import { useDeleteSubmission, useSaveSubmission } from '../api/save-submission';
import { useReviewSubmission, type ReviewAction } from '../api/review-submission';
import type { SubmissionKey } from '../api/submission-keys';
import { apiFieldToFormPath, toFormValues, toPayload, validateEntry, type EntryFormValues } from '../utils/entry-form';
import { IndicatorInputs } from './indicator-inputs';
import { ReviewDialog } from './review-dialog';

export interface EntryFormProps {
  submissionKey: SubmissionKey;
  unit: OrgUnit;
  period: Period;
  indicators: readonly Indicator[];
  /** The plan's targets, to show which target each indicator serves. */
  targets: readonly Target[];
  submission: Submission | null;
  previous: Submission | null;
  previousYear: string;
  /** Whether the person may change this unit's report at all (their role and units). */
  canEdit: boolean;
  /** Whether the person reviews reports (approve, return, reopen). */
  canReview: boolean;
  /** Re-reads the report from the server (after a conflict). */
  reload: () => Promise<Submission | null | undefined>;
  /** Attaches a file to one value (its paperclip); absent until the report is saved once. */
  onAttach?: (indicatorCode: string) => void;
}

/** Number of leaf errors in react-hook-form's nested error object. */
function countErrors(errors: unknown): number {
  if (!errors || typeof errors !== 'object') return 0;
  if ('message' in errors && typeof (errors as { message?: unknown }).message === 'string') return 1;
  return Object.values(errors as Record<string, unknown>).reduce<number>((sum, e) => sum + countErrors(e), 0);
}

const versionOf = (submission: Submission | null | undefined) => (submission ? `${submission.id}:${submission.version}` : 'none');

/** The report of one unit for one period: every applicable indicator, saved as a draft, then reviewed. */
export function EntryForm({ submissionKey, unit, period, indicators, targets, submission, previous, previousYear, canEdit, canReview, reload, onAttach }: EntryFormProps) {
  const i18n = useI18n();
  const { t, pick, lang, dateTime } = i18n;
  const save = useSaveSubmission();
  const remove = useDeleteSubmission(submissionKey);
  const review = useReviewSubmission();
  const [notice, setNotice] = useState<string | null>(null);
  const [unplaced, setUnplaced] = useState<FieldProblem[]>([]);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [reviewing, setReviewing] = useState<ReviewAction | null>(null);

  const resolver = useMemo<Resolver<EntryFormValues>>(
    () => (values) => {
      const problems = validateEntry(values, indicators, lang);
      const errors: Record<string, unknown> = {};
      for (const problem of problems) setPath(errors, problem.path, { type: 'validate', message: t(problem.key, problem.params) });
      return problems.length === 0 ? { values, errors: {} } : { values: {}, errors: errors as FieldErrors<EntryFormValues> };
    },
    [indicators, lang, t],
  );

  const form = useForm<EntryFormValues>({
    defaultValues: toFormValues(indicators, submission, lang),
    resolver,
    mode: 'onTouched',
    reValidateMode: 'onChange',
  });

  // A newer copy of the report (saved here, reviewed, or reloaded) replaces the form only when
  // the person has nothing unsaved: their typing is never thrown away behind their back.
  const shownVersion = useRef(versionOf(submission));
  useEffect(() => {
    if (versionOf(submission) !== shownVersion.current && !form.formState.isDirty) {
      form.reset(toFormValues(indicators, submission, lang));
      shownVersion.current = versionOf(submission);
    }
  }, [submission, indicators, lang, form]);

  const editable = !submission || submission.status === 'DRAFT' || submission.status === 'RETURNED';
  const readOnly = !editable || !canEdit;
  const dirty = form.formState.isDirty;
  const failure = save.error ?? review.error;
  const conflict = failure instanceof ApiError && (failure.status === 412 || failure.code === 'submission-exists');
  const errorCount = countErrors(form.formState.errors);
  const previousValues = new Map((previous?.values ?? []).map((v) => [v.indicatorCode, v]));
  const periodName = pick(period.nameVi, period.nameEn);
  const unitName = pick(unit.nameVi, unit.nameEn);
  const indicatorCodes = indicators.map((i) => i.code);

  function resetTo(next: Submission | null) {
    shownVersion.current = versionOf(next);
    form.reset(toFormValues(indicators, next, lang));
  }

  /** Field errors from the API go under their inputs; the rest into the summary. */
  function placeErrors(error: unknown, formIndexOf: readonly number[]) {
    if (!(error instanceof ApiError) || !error.problem.errors?.length) return;
    const left: FieldProblem[] = [];
    const placed = new Set<string>();
    for (const fieldError of error.problem.errors) {
      const path = apiFieldToFormPath(fieldError.field, formIndexOf, indicatorCodes);
      if (path) {
        // One message per input (the first), and the first input gets the focus.
        if (!placed.has(path)) form.setError(path as 'comment', { type: 'server', message: fieldError.message }, { shouldFocus: placed.size === 0 });
        placed.add(path);
      } else {
        left.push(fieldError);
      }
    }
    setUnplaced(left);
  }

  /** Saves the form (POST or PUT at the version read); returns the stored report or null on failure. */
  async function persist(values: EntryFormValues): Promise<Submission | null> {
    const payload = toPayload(values, indicators, lang);
    try {
      const saved = await save.mutateAsync({ key: submissionKey, existing: submission, comment: payload.comment, values: payload.values });
      resetTo(saved);
      return saved;
    } catch (error) {
      placeErrors(error, payload.formIndexOf);
      return null;
    }
  }

  function clearMessages() {
    setNotice(null);
    setUnplaced([]);
    remove.reset();
    review.reset();
  }

  const onSave = form.handleSubmit(async (values) => {
    clearMessages();
    const saved = await persist(values);
    if (saved) setNotice(t('entry.saved', { time: dateTime(saved.updatedAt) }));
  });

  async function runReview(action: ReviewAction, comment: string | null) {
    clearMessages();
    save.reset();
    let target = submission;
    if (action === 'submit' && (dirty || !submission)) {
      // Submitting unsaved figures saves them first (with the same checks as "Save draft").
      const valid = await form.trigger();
      if (!valid) {
        setReviewing(null);
        return;
      }
      target = await persist(form.getValues());
      if (!target) {
        setReviewing(null);
        return;
      }
    }
    if (!target) return;
    try {
      const updated = await review.mutateAsync({ submission: target, action, comment });
      resetTo(updated);
      setReviewing(null);
      const done = { submit: 'review.submitted', approve: 'review.approved', return: 'review.returned', reopen: 'review.reopened' } as const;
      setNotice(t(done[action]));
    } catch (error) {
      if (error instanceof ApiError && error.problem.errors?.length) {
        setReviewing(null);
        // Submit errors point into the stored report's values, in its order.
        placeErrors(error, target.values.map((value) => indicatorCodes.indexOf(value.indicatorCode)));
      }
    }
  }

  async function reloadReport() {
    save.reset();
    review.reset();
    const fresh = await reload();
    resetTo(fresh ?? null);
    setNotice(null);
  }

  async function deleteDraft() {
    if (!submission) return;
    try {
      await remove.mutateAsync(submission);
      setConfirmDelete(false);
      resetTo(null);
      setNotice(t('entry.deleted'));
    } catch {
      // Shown in the dialog.
    }
  }

  // Leaving with unsaved figures asks first: another unit, period or screen here, the browser's
  // own prompt for a reload or a closed tab.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && !save.isPending && (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
  );
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const jumps = submission?.status === 'SUBMITTED' ? (submission.warnings ?? []) : [];
  const canSubmit = canEdit && editable;

  return (
    <form className="card" onSubmit={onSave} noValidate aria-labelledby="entry-form-title">
      <div className="entry-head">
        <h2 id="entry-form-title">{t('entry.formTitle', { unit: unitName, period: periodName })}</h2>
        <div className="btn-row">
          {submission?.demo && <DemoBadge />}
          {submission && <StatusBadge status={submission.status} />}
        </div>
      </div>
      <p className="muted small" style={{ marginTop: -8 }}>
        {submission ? t('entry.statusLine', { status: t(`status.${submission.status}`), time: dateTime(submission.updatedAt) }) : t('entry.newReport')}
        {submission?.submittedAt && submission.submittedBy && (
          <>
            {' · '}
            {t('review.submittedLine', { by: submission.submittedBy, time: dateTime(submission.submittedAt) })}
            {submission.onTime !== null && ` (${submission.onTime ? t('review.onTime') : t('review.late')})`}
          </>
        )}
        {!readOnly && ` · ${t('entry.keyboardHint')}`}
      </p>
      {submission?.demo && <Alert tone="info" live={false}>{t('entry.demoBanner')}</Alert>}
      {submission?.status === 'RETURNED' && (
        <Alert tone="warning" title={t('review.returnedBanner', { by: submission.decidedBy ?? '—', time: submission.decidedAt ? dateTime(submission.decidedAt) : '—' })}>
          {submission.reviewComment && <p>{submission.reviewComment}</p>}
        </Alert>
      )}
      {submission?.status === 'APPROVED' && submission.decidedBy && submission.decidedAt && (
        <Alert tone="success" live={false}>{t('review.approvedLine', { by: submission.decidedBy, time: dateTime(submission.decidedAt) })}</Alert>
      )}
      {!editable && submission && <Alert tone="info" live={false}>{t('entry.readOnly', { status: t(`status.${submission.status}`) })}</Alert>}
      {editable && !canEdit && <Alert tone="info">{t('entry.notYourUnit')}</Alert>}
      {jumps.length > 0 && (
        <Alert tone="warning" title={t('review.warningsTitle')} live={false}>
          <ul>
            {jumps.map((jump) => {
              const indicator = indicators.find((i) => i.code === jump.indicatorCode);
              return (
                <li key={jump.indicatorCode}>
                  {t('review.jump', {
                    indicator: indicator ? pick(indicator.nameVi, indicator.nameEn) : jump.indicatorCode,
                    value: jump.value === null ? '—' : i18n.number(jump.value),
                    previous: jump.previousValue === null ? '—' : i18n.number(jump.previousValue),
                    period: jump.previousPeriod ?? '—',
                  })}
                </li>
              );
            })}
          </ul>
        </Alert>
      )}

      <div>
        {conflict && (
          <Alert
            tone="warning"
            title={failure instanceof ApiError && failure.status === 412 ? t('entry.conflictTitle') : t('entry.existsTitle')}
            actions={<Button variant="primary" onClick={() => void reloadReport()}>{t('entry.conflictReload')}</Button>}
          >
            <p>{t('entry.conflictBody')}</p>
          </Alert>
        )}
        {failure && !conflict && !reviewing && !(failure instanceof ApiError && failure.problem.errors?.length) && <ErrorState error={failure} />}
        {unplaced.length > 0 && (
          <Alert tone="error" title={describeError(failure, i18n).title}>
            <ul>
              {unplaced.map((p) => (
                <li key={`${p.field}-${p.code}`}>{p.message}</li>
              ))}
            </ul>
          </Alert>
        )}
        {errorCount > 0 && (form.formState.isSubmitted || failure) && <Alert tone="error">{t('entry.fixErrors', { count: errorCount })}</Alert>}
      </div>

      <fieldset disabled={readOnly} style={{ marginTop: 8 }}>
        <legend className="visually-hidden">{t('entry.formTitle', { unit: unitName, period: periodName })}</legend>
        {indicators.map((indicator, index) => (
          <IndicatorInputs
            key={indicator.code}
            form={form}
            index={index}
            indicator={indicator}
            previous={previousValues.get(indicator.code)}
            previousYear={previousYear}
            targetCodes={targets.filter((target) => target.indicatorCode === indicator.code).map((target) => target.code)}
            readOnly={readOnly}
            onAttach={onAttach && !readOnly ? () => onAttach(indicator.code) : undefined}
          />
        ))}
        <Field label={t('entry.comment')} error={form.formState.errors.comment?.message} className="section">
          {(control) => <textarea {...control} {...form.register('comment')} className="textarea" rows={3} />}
        </Field>
      </fieldset>

      <div className="entry-actions">
        <div role="status" aria-live="polite" className="small">
          {notice ? (
            <span style={{ color: 'var(--c-success)', fontWeight: 600 }}>
              <span aria-hidden="true">✓ </span>
              {notice}
            </span>
          ) : dirty ? (
            <span className="muted">
              <span aria-hidden="true">● </span>
              {t('common.unsavedChanges')}
            </span>
          ) : null}
        </div>
        <div className="btn-row">
          {submission && submission.status === 'DRAFT' && canEdit && (
            <Button variant="danger" onClick={() => { clearMessages(); setConfirmDelete(true); }}>
              {t('entry.deleteDraft')}
            </Button>
          )}
          {canReview && submission?.status === 'SUBMITTED' && (
            <>
              <Button onClick={() => { clearMessages(); setReviewing('return'); }}>↩ {t('review.return')}</Button>
              <Button variant="primary" onClick={() => { clearMessages(); setReviewing('approve'); }}>✓ {t('review.approve')}</Button>
            </>
          )}
          {canReview && submission?.status === 'APPROVED' && (
            <Button onClick={() => { clearMessages(); setReviewing('reopen'); }}>{t('review.reopen')}</Button>
          )}
          {canSubmit && (
            <>
              <Button type="submit" variant={submission ? 'default' : 'primary'} busy={save.isPending && !reviewing}>
                {save.isPending && !reviewing ? t('common.saving') : t('entry.saveDraft')}
              </Button>
              {submission && (
                <Button variant="primary" onClick={() => { clearMessages(); setReviewing('submit'); }}>
                  ➜ {dirty ? t('review.saveAndSubmit') : t('review.submit')}
                </Button>
              )}
            </>
          )}
        </div>
      </div>

      <ConfirmDialog
        open={confirmDelete}
        title={t('entry.deleteConfirmTitle')}
        body={t('entry.deleteConfirmBody', { unit: unitName, period: periodName })}
        confirmLabel={t('entry.deleteDraft')}
        busy={remove.isPending}
        onClose={() => setConfirmDelete(false)}
        onConfirm={() => void deleteDraft()}
        error={remove.error ? <ErrorState error={remove.error} /> : undefined}
      />
      <ConfirmDialog
        open={blocker.state === 'blocked'}
        title={t('entry.leaveTitle')}
        body={t('entry.leaveBody')}
        confirmLabel={t('entry.leaveConfirm')}
        onClose={() => blocker.reset?.()}
        onConfirm={() => blocker.proceed?.()}
      />
      {reviewing && (
        <ReviewDialog
          title={t(`review.${reviewing}Title`)}
          body={
            reviewing === 'submit'
              ? t('review.submitBody', { unit: unitName, period: periodName })
              : reviewing === 'approve'
                ? t('review.approveBody')
                : undefined
          }
          confirmLabel={t(`review.${reviewing}`)}
          reasonLabel={reviewing === 'return' || reviewing === 'reopen' ? t('review.reason') : undefined}
          reasonRequired={reviewing === 'return' || reviewing === 'reopen'}
          missingMessage={reviewing === 'return' ? t('review.reasonMissingReturn') : t('review.reasonMissingReopen')}
          busy={review.isPending || save.isPending}
          error={review.error instanceof ApiError && review.error.problem.errors?.length ? null : review.error}
          onClose={() => { setReviewing(null); review.reset(); }}
          onConfirm={(comment) => void runReview(reviewing, comment)}
        />
      )}
    </form>
  );
}
