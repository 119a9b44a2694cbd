/** What manual 004's procedures share: its file, unit, roles, common steps and texts. */
import type { Manual } from '../../schema';
export const FILE = '004_d53ecb354eded616.txt';
export const UNIT = { th: 'กลุ่มนโยบายและแผน', en: 'Policy and Planning Group' };
export const ANALYST = { id: 'officer', th: 'นักวิเคราะห์นโยบายและแผน', en: 'Policy and plan analyst' };
export const NONE = { kind: 'none' } as const;

export type Procedure = Manual['procedures'][number];
