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

/** Images are shown in an <img>, PDFs in a frame; office files are only downloaded. */
export function previewOf(contentType: string): 'image' | 'pdf' | null {
  if (contentType.startsWith('image/')) return 'image';
  return contentType === 'application/pdf' ? 'pdf' : null;
}

export const ACCEPT = '.pdf,.png,.jpg,.jpeg,.webp,.xlsx,.docx,.odt';
