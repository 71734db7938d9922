import { describe, expect, it } from 'vitest';
import { formatSize, kindOf, previewOf } from './attachments';

const plain = (value: number, digits?: number) => value.toFixed(digits ?? 0);

describe('attachments', () => {
  it('says sizes the way file managers do', () => {
    expect(formatSize(512, plain)).toBe('512 B');
    expect(formatSize(1536, plain)).toBe('1.5 KB');
    expect(formatSize(20 * 1024 * 1024, plain)).toBe('20.0 MB');
  });

  it('names the kinds and previews images and PDFs only, WebP as the file itself', () => {
    expect(kindOf('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')).toBe('Excel (XLSX)');
    expect(previewOf('application/pdf')).toBe('drawn');
    expect(previewOf('image/png')).toBe('drawn');
    expect(previewOf('image/jpeg')).toBe('drawn');
    expect(previewOf('image/webp')).toBe('original');
    expect(previewOf('application/vnd.oasis.opendocument.text')).toBeNull();
    expect(previewOf('application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBeNull();
  });
});
