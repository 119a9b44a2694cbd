/** How sure a proposed column is, in the words the sidebar and the CLI both show. */
import { type Msg, msg } from '../i18n/msg';

export type Confidence = 'none' | 'high' | 'medium' | 'low';

export function confidenceOf(field: { readonly column: unknown; readonly confidence: number }): Confidence {
  if (field.column === null) return 'none';
  if (field.confidence >= 0.75) return 'high';
  if (field.confidence >= 0.5) return 'medium';
  return 'low';
}

export const CONFIDENCE_WORDS: Readonly<Record<Confidence, Msg>> = {
  none: msg('ไม่พบในแท็บ: ถือว่าว่าง', 'not in the tab: read as blank'),
  high: msg('มั่นใจมาก', 'high confidence'),
  medium: msg('ค่อนข้างมั่นใจ', 'medium confidence'),
  low: msg('ไม่ค่อยมั่นใจ: โปรดตรวจ', 'low confidence: please check'),
};
