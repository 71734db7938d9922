/** How files attached to a report are shown: their size in words, their kind, whether the browser can show them. */

const KINDS: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/webp': 'WebP',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel (XLSX)',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (DOCX)',
  'application/vnd.oasis.opendocument.text': 'ODT',
};

export function kindOf(contentType: string): string {
  return KINDS[contentType] ?? contentType;
}

/** Bytes, KB or MB (powers of 1024, as file managers count), one decimal above a kilobyte. */
export function formatSize(bytes: number, number: (value: number, digits?: number) => string): string {
  if (bytes < 1024) return `${number(bytes)} B`;
  if (bytes < 1024 * 1024) return `${number(Math.round((bytes / 1024) * 10) / 10, 1)} KB`;
  return `${number(Math.round((bytes / (1024 * 1024)) * 10) / 10, 1)} MB`;
}

/**
 * How a file is previewed: PDFs, PNG and JPEG as the picture the server draws of them (a PDF's first page, an
 * image scaled down), WebP — which the server cannot decode — as the file itself in an <img>; office files are
 * only downloaded. Nothing is shown in a frame: the Content-Security-Policy frames nothing.
 */
export function previewOf(contentType: string): 'drawn' | 'original' | null {
  if (contentType === 'application/pdf' || contentType === 'image/png' || contentType === 'image/jpeg') return 'drawn';
  return contentType === 'image/webp' ? 'original' : null;
}

export const ACCEPT = '.pdf,.png,.jpg,.jpeg,.webp,.xlsx,.docx,.odt';
