import { useEffect, useId, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { EmptyState, ErrorState, LoadingState, describeError } from '@/components/ui/states';
import type { Indicator } from '@/lib/api';
import { fieldErrors } from '@/lib/problem';
import { ApiError } from '@/lib/problem';
import { useI18n } from '@/i18n/i18n';
import {
  downloadAttachment,
  previewAttachment,
  useAttachments,
  useDeleteAttachment,
  useUploadAttachment,
  type Attachment,
} from '../api/attachments';
import { ACCEPT, formatSize, kindOf, previewOf } from '../utils/attachments';

/** Lets a value's paperclip open the file chooser with that value chosen. */
export interface AttachmentsHandle {
  attachTo: (indicatorCode: string) => void;
}

export interface AttachmentsPanelProps {
  submissionId: number;
  indicators: readonly Indicator[];
  /** Files may be added and removed: the person's unit, and the report is a draft or returned. */
  canEdit: boolean;
  ref?: Ref<AttachmentsHandle>;
}

interface Preview {
  attachment: Attachment;
  /** The picture's blob: URL; null while it is being drawn, or when the file has none ({@link Preview.refusal}). */
  url: string | null;
  /** Why there is no picture (a damaged PDF, a kind without one): said in place of it, not as an error. */
  refusal?: string;
}

/**
 * A report's evidence: the files attached to it or to one of its values, an upload with its progress, and a
 * preview of PDFs and images. The preview is a PNG the server draws (a PDF's first page, an image scaled down;
 * WebP, which it cannot decode, is shown as itself), fetched with the session's token into a blob: URL (a plain
 * link could not carry the token) and shown in an <img>: the Content-Security-Policy allows blob: for images
 * only and frames nothing.
 *
 * The file input is visually hidden behind a label styled as a button: the browser's own control says "Choose
 * File / No file chosen" in the browser's language, not the app's. The input keeps the focus and the keyboard
 * (Enter or Space opens the chooser); the label shows the focus ring, and the chosen name is said beside it.
 */
export function AttachmentsPanel({ submissionId, indicators, canEdit, ref }: AttachmentsPanelProps) {
  const i18n = useI18n();
  const { t, pick, dateTime, number, lang } = i18n;
  const list = useAttachments(submissionId);
  const upload = useUploadAttachment(submissionId);
  const remove = useDeleteAttachment(submissionId);
  const [about, setAbout] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const aboutId = useId();
  const fileId = useId();
  const progressId = useId();
  const chosenId = useId();

  useImperativeHandle(ref, () => ({
    attachTo(indicatorCode: string) {
      setAbout(indicatorCode);
      fileInput.current?.click();
    },
  }));

  // A blob: URL holds the file in memory until it is revoked.
  useEffect(() => () => {
    if (preview?.url) URL.revokeObjectURL(preview.url);
  }, [preview]);

  const nameOf = (code: string | null | undefined) => {
    const indicator = indicators.find((i) => i.code === code);
    return indicator ? pick(indicator.nameVi, indicator.nameEn) : (code ?? t('attachments.wholeReport'));
  };

  const send = (file: File) => {
    setChosen(file.name);
    setNotice(null);
    setFailure(null);
    setProgress(0);
    upload.mutate(
      { file, indicatorCode: about || null, language: lang, onProgress: setProgress },
      {
        onSuccess: (stored) => {
          setChosen(null);
          setNotice(t('attachments.uploaded', { name: stored.fileName }));
        },
        onError: (error) => setFailure(error),
        onSettled: () => {
          setProgress(null);
          if (fileInput.current) fileInput.current.value = '';
        },
      },
    );
  };

  const show = async (attachment: Attachment) => {
    setFailure(null);
    setPreview({ attachment, url: null });
    try {
      const drawn = previewOf(attachment.contentType) === 'drawn';
      const blob = drawn ? await previewAttachment(submissionId, attachment.id) : await downloadAttachment(submissionId, attachment.id);
      const url = URL.createObjectURL(new Blob([blob], { type: drawn ? 'image/png' : attachment.contentType }));
      // Another file's preview may have been asked for meanwhile: only the latest one is shown.
      setPreview((current) => {
        if (current?.attachment.id !== attachment.id) {
          URL.revokeObjectURL(url);
          return current;
        }
        return { attachment, url };
      });
    } catch (error) {
      // A file that has no picture (404 preview-not-available) or cannot be drawn (422): the file itself is fine.
      if (error instanceof ApiError && (error.status === 404 || error.status === 422)) {
        setPreview((current) =>
          current?.attachment.id === attachment.id ? { attachment, url: null, refusal: error.problem.detail ?? t('attachments.noPreview') } : current,
        );
        return;
      }
      setPreview(null);
      setFailure(error);
    }
  };

  const save = async (attachment: Attachment) => {
    setFailure(null);
    try {
      const blob = await downloadAttachment(submissionId, attachment.id);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = attachment.fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      setFailure(error);
    }
  };

  const drop = (attachment: Attachment) => {
    setNotice(null);
    setFailure(null);
    if (preview?.attachment.id === attachment.id) setPreview(null);
    remove.mutate(attachment.id, {
      onSuccess: () => setNotice(t('attachments.deleted', { name: attachment.fileName })),
      onError: (error) => setFailure(error),
    });
  };

  const fileError = failure instanceof ApiError ? fieldErrors(failure.problem).file : undefined;
  const failed = failure ? describeError(failure, i18n) : null;

  return (
    <section className="card attachments" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('attachments.title')}</h2>
      {canEdit ? (
        <div className="attachments__upload">
          <div className="field">
            <label htmlFor={aboutId}>{t('attachments.about')}</label>
            <select id={aboutId} className="select" value={about} onChange={(e) => setAbout(e.target.value)}>
              <option value="">{t('attachments.wholeReport')}</option>
              {indicators.map((indicator) => (
                <option key={indicator.code} value={indicator.code}>
                  {pick(indicator.nameVi, indicator.nameEn)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <div className="file-picker">
              <input
                id={fileId}
                ref={fileInput}
                className="visually-hidden"
                type="file"
                accept={ACCEPT}
                disabled={upload.isPending}
                aria-describedby={`${chosenId} ${fileId}-hint`}
                onKeyDown={(e) => {
                  // It looks like a button, so Enter must open it as Space does (Chromium 156 opens a file input on Space only).
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    e.currentTarget.click();
                  }
                }}
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  if (file) send(file);
                }}
              />
              <label htmlFor={fileId} className="btn file-picker__button">
                <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
                  <path d="M12 16V4m0 0-5 5m5-5 5 5M5 20h14" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
                </svg>
                {t('attachments.file')}
              </label>
              <span id={chosenId} className="file-picker__chosen muted small">
                {chosen ? t('attachments.chosenFile', { name: chosen }) : t('attachments.noFileChosen')}
              </span>
            </div>
            <p id={`${fileId}-hint`} className="muted small">
              {t('attachments.hint')}
            </p>
          </div>
          {progress !== null && (
            <div className="attachments__progress">
              <label htmlFor={progressId}>{t('attachments.uploading', { percent: Math.round(progress * 100) })}</label>
              <progress id={progressId} max={100} value={Math.round(progress * 100)} />
            </div>
          )}
        </div>
      ) : (
        <p className="muted small">{t('attachments.readOnly')}</p>
      )}
      {notice && <Alert tone="success">{notice}</Alert>}
      {failed && (
        <Alert tone="error" title={failed.title}>
          {fileError ?? failed.detail}
        </Alert>
      )}
      {list.error ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : !list.data ? (
        <LoadingState rows={2} />
      ) : list.data.length === 0 ? (
        <EmptyState title={t('attachments.none')} />
      ) : (
        <ul className="attachments__list">
          {list.data.map((a) => (
            <li key={a.id} className="attachments__item" data-attachment={a.fileName}>
              <div className="attachments__what">
                <strong className="attachments__name">{a.fileName}</strong>
                <span className="muted small">
                  {t('attachments.about')}: {nameOf(a.indicatorCode)}
                </span>
                <span className="muted small">
                  {kindOf(a.contentType)} · {formatSize(a.size, number)} · {t('attachments.by', { who: a.uploadedBy })} ·{' '}
                  <time dateTime={a.uploadedAt}>{dateTime(a.uploadedAt)}</time>
                </span>
              </div>
              <div className="attachments__actions">
                {previewOf(a.contentType) && (
                  <Button size="small" onClick={() => void show(a)} aria-label={t('attachments.previewOf', { name: a.fileName })}>
                    {t('attachments.preview')}
                  </Button>
                )}
                <Button size="small" onClick={() => void save(a)} aria-label={t('attachments.downloadOf', { name: a.fileName })}>
                  {t('attachments.download')}
                </Button>
                {canEdit && (
                  <Button
                    size="small"
                    variant="danger"
                    busy={remove.isPending && remove.variables === a.id}
                    onClick={() => drop(a)}
                    aria-label={t('attachments.deleteOf', { name: a.fileName })}
                  >
                    {t('attachments.delete')}
                  </Button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      {preview && (
        <figure className="attachments__preview">
          <figcaption>
            {t('attachments.previewOf', { name: preview.attachment.fileName })}{' '}
            <Button size="small" variant="ghost" onClick={() => setPreview(null)}>
              {t('attachments.closePreview')}
            </Button>
          </figcaption>
          {preview.url ? (
            <img
              src={preview.url}
              alt={t(preview.attachment.contentType === 'application/pdf' ? 'attachments.previewAltPdf' : 'attachments.previewAltImage', {
                name: preview.attachment.fileName,
              })}
            />
          ) : preview.refusal ? (
            <p className="muted">{preview.refusal}</p>
          ) : (
            <p className="muted" role="status">
              {t('attachments.previewLoading')}
            </p>
          )}
        </figure>
      )}
    </section>
  );
}

/** The paperclip beside a value: attaches a file to that value. */
export function PaperclipButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className="btn btn--small btn--ghost paperclip" aria-label={label} title={label} onClick={onClick}>
      <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
        <path
          d="M16.5 6.5 8.4 14.6a1.8 1.8 0 0 0 2.5 2.5l8-8a3.6 3.6 0 0 0-5-5.1l-8.3 8.3a5.4 5.4 0 0 0 7.6 7.6l7.3-7.3"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
    </button>
  );
}
