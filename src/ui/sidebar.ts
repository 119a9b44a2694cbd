/** Placeholder page: what this build is. Values are build-time constants, written as text nodes. */
import { TH_HOLIDAY_YEARS } from '../core/holidays/th-holidays';

declare const KAMNOT_VERSION: string;

function row(list: HTMLElement, label: string, value: string): void {
  const dt = document.createElement('dt');
  dt.textContent = label;
  const dd = document.createElement('dd');
  dd.textContent = value;
  list.append(dt, dd);
}

const list = document.createElement('dl');
row(list, 'รุ่น / Version', KAMNOT_VERSION);
row(
  list,
  'ข้อมูลวันหยุด / Holiday data',
  `พ.ศ. ${TH_HOLIDAY_YEARS.first + 543}–${TH_HOLIDAY_YEARS.last + 543} (${TH_HOLIDAY_YEARS.first}–${TH_HOLIDAY_YEARS.last})`,
);
document.getElementById('about')?.replaceWith(list);
