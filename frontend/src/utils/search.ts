/**
 * Folds Vietnamese text for searching: case, tone marks and đ are ignored, so "phuong 1" finds
 * "Phường 1" and "dao tao" finds "Đào tạo".
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .trim();
}

/** Every word of the query appears somewhere in the haystacks. */
export function matchesQuery(query: string, ...haystacks: Array<string | null | undefined>): boolean {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const hay = foldText(haystacks.filter(Boolean).join(' '));
  return words.every((word) => hay.includes(word));
}
