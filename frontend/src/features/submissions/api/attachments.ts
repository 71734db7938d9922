import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-types';
import { ApiError, toApiError } from '@/lib/problem';
import { getSession, setSession, UNAUTHORIZED_EVENT } from '@/lib/session-store';
import { submissionKeys } from './submission-keys';

export type Attachment = components['schemas']['Attachment'];

const attachmentKeys = {
  list: (submissionId: number) => [...submissionKeys.all, 'attachments', submissionId] as const,
};

/** A report's files, oldest first (GET /submissions/{id}/attachments): their descriptions, not their bytes. */
export async function getAttachments(id: number): Promise<Attachment[]> {
  const list = await unwrap(api.GET('/api/v1/submissions/{id}/attachments', { params: { path: { id } } }));
  return list.items;
}

export function useAttachments(id: number) {
  return useQuery({ queryKey: attachmentKeys.list(id), queryFn: () => getAttachments(id) });
}

/** The stored bytes, with the session's token (a plain link could not carry it). */
export async function downloadAttachment(submissionId: number, attachmentId: number): Promise<Blob> {
  return unwrap(
    api.GET('/api/v1/submissions/{id}/attachments/{attachmentId}', {
      params: { path: { id: submissionId, attachmentId } },
      parseAs: 'blob',
    }),
  ) as Promise<Blob>;
}

/**
 * The picture the server draws of a PDF's first page or a large image (GET …/preview.png), as a PNG. Fetched with
 * the token like the download; the browser keeps it and revalidates it by its ETag, so a second look costs a 304.
 */
export async function previewAttachment(submissionId: number, attachmentId: number): Promise<Blob> {
  return unwrap(
    api.GET('/api/v1/submissions/{id}/attachments/{attachmentId}/preview.png', {
      params: { path: { id: submissionId, attachmentId } },
      parseAs: 'blob',
    }),
  ) as Promise<Blob>;
}

export interface UploadRequest {
  file: File;
  indicatorCode: string | null;
  /** The reader's language, for the refusal's message (as the typed client sends it). */
  language: string;
  /** From 0 to 1, as the bytes leave the browser. */
  onProgress: (fraction: number) => void;
}

function problemOf(xhr: XMLHttpRequest): ApiError {
  let body: unknown = null;
  try {
    body = JSON.parse(xhr.responseText);
  } catch {
    // A proxy's HTML page: the status still says what happened.
  }
  return toApiError(body, new Response(null, { status: xhr.status, statusText: xhr.statusText }));
}

/**
 * Uploads one file as a multipart form (POST /submissions/{id}/attachments). Through XMLHttpRequest rather than
 * the typed fetch client: fetch reports no upload progress, and a 20 MB scan on a ward's connection takes a while.
 */
export function uploadAttachment(submissionId: number, { file, indicatorCode, language, onProgress }: UploadRequest): Promise<Attachment> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    form.append('file', file, file.name);
    if (indicatorCode) form.append('indicatorCode', indicatorCode);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1/submissions/${submissionId}/attachments`);
    const session = getSession();
    if (session) xhr.setRequestHeader('Authorization', `Bearer ${session.token}`);
    xhr.setRequestHeader('Accept-Language', language === 'en' ? 'en' : 'vi');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve(JSON.parse(xhr.responseText) as Attachment);
        return;
      }
      if (xhr.status === 401) {
        setSession(null);
        window.dispatchEvent(new Event(UNAUTHORIZED_EVENT));
      }
      reject(problemOf(xhr));
    };
    // Unreachable server or a connection cut: the same error fetch would give.
    xhr.onerror = () => reject(new TypeError('network'));
    xhr.send(form);
  });
}

export function useUploadAttachment(submissionId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UploadRequest) => uploadAttachment(submissionId, request),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: attachmentKeys.list(submissionId) }),
        queryClient.invalidateQueries({ queryKey: submissionKeys.history(submissionId) }),
      ]),
  });
}

export function useDeleteAttachment(submissionId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (attachmentId: number) =>
      unwrap(api.DELETE('/api/v1/submissions/{id}/attachments/{attachmentId}', { params: { path: { id: submissionId, attachmentId } } })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: attachmentKeys.list(submissionId) }),
        queryClient.invalidateQueries({ queryKey: submissionKeys.history(submissionId) }),
      ]),
  });
}
