/**
 * Files the API sends (exports, templates, the annual report): what to save them as, and handing them to
 * the browser's own "save".
 */

/** A file the API sent, ready to save. */
export interface DownloadedFile {
  blob: Blob;
  filename: string;
}

/**
 * The file name a download should be saved under, from its Content-Disposition (RFC 6266):
 * `filename*=UTF-8''…` (percent-encoded, wins) or `filename="…"`; else the fallback. Path parts
 * and characters no file system accepts are removed.
 */
export function filenameFromContentDisposition(header: string | null | undefined, fallback: string): string {
  if (!header) return fallback;
  let name: string | null = null;
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  if (extended) {
    try {
      name = decodeURIComponent(extended[2]!.trim().replace(/^"(.*)"$/, '$1'));
    } catch {
      name = null;
    }
  }
  if (!name) {
    const quoted = /filename\s*=\s*"((?:[^"\\]|\\.)*)"/i.exec(header);
    const plain = /filename\s*=\s*([^;"]+)/i.exec(header);
    name = quoted ? quoted[1]!.replace(/\\(.)/g, '$1') : plain ? plain[1]!.trim() : null;
  }
  const safe = (name ?? '')
    .split(/[/\\]/)
    .pop()!
    // Control characters are exactly what must not reach a file name.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f<>:"|?*]/g, '_')
    .trim();
  return safe && safe !== '.' && safe !== '..' ? safe : fallback;
}

/** Hands a downloaded file to the browser's "save" through a temporary object URL. */
export function saveFile({ blob, filename }: DownloadedFile): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the URL after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
