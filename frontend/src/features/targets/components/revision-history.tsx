import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useI18n } from '@/i18n/i18n';
import { savedShape, targetSentence } from '@/utils/target-sentence';
import { useTargetRevisions } from '../api/get-target-revisions';
import { describeField } from '../utils/definition-change';

/**
 * "Lịch sử điều chỉnh": every version of the target's definition, newest first — when, by whom and why it
 * changed, the target as a sentence after the change, and each changed field before and after.
 */
export function RevisionHistory({ targetId, firstYear }: { targetId: number; firstYear: number }) {
  const i18n = useI18n();
  const { t, dateTime } = i18n;
  const query = useTargetRevisions(targetId);
  return (
    <section className="card section" aria-labelledby="revisions-heading" data-testid="revision-history">
      <h2 id="revisions-heading">{t('revision.title')}</h2>
      <p className="muted small">{t('revision.hint')}</p>
      {query.error ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : !query.data ? (
        <LoadingState rows={2} />
      ) : query.data.items.length === 0 ? (
        <EmptyState title={t('revision.none')} />
      ) : (
        <ol className="revision-list">
          {query.data.items.map((r) => (
            <li key={r.version} data-testid="revision">
              <p>
                <strong>{t('revision.version', { version: r.version })}</strong>
                {' · '}
                <time dateTime={r.changedAt}>{dateTime(r.changedAt)}</time>
                {' · '}
                {r.changedBy ?? t('revision.unknownAuthor')}
              </p>
              <p>{targetSentence(savedShape(r.after, firstYear), i18n)}</p>
              <p className="small">
                {r.reason === null ? t('revision.first') : <>{t('revision.reason')}: <q>{r.reason}</q></>}
              </p>
              {r.changedFields.length > 0 && (
                <div className="table-wrap">
                  <table className="table small">
                    <caption className="visually-hidden">{t('revision.changesCaption', { version: r.version })}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('revision.field')}</th>
                        <th scope="col">{t('revision.before')}</th>
                        <th scope="col">{t('revision.after')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {r.changedFields.map((f) => (
                        <tr key={f}>
                          <th scope="row">{t(`revision.field.${f}`)}</th>
                          <td>{describeField(r.before, f, i18n)}</td>
                          <td>{describeField(r.after, f, i18n)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
