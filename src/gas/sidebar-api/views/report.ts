/** The Report panel: what can be asked for, and what a built report says at a glance. */
import type { Bilingual } from '../public';

export interface ReportOptions {
  /** BE fiscal years with cases, newest first; the current one always. */
  readonly fiscalYears: readonly number[];
  readonly currentYear: number;
  /** The procedures' units (กลุ่มงาน), by their Thai name. */
  readonly units: readonly Bilingual[];
  readonly people: readonly { readonly email: string; readonly name: string }[];
  /** The Settings values the report prints; '' when the office has not typed them. */
  readonly officeName: string;
  readonly itaItem: string;
}

/**
 * What the sidebar sends: `period` is year, h1–h2, q1–q4 or m1–m12; `scope` office, unit:<name> or
 * person:<email>. What is left out takes its default: this fiscal year, the whole year, the office,
 * the workbook's language, Arabic digits.
 */
export interface ReportAsk {
  readonly fiscalYear?: number;
  readonly period?: string;
  readonly scope?: string;
  readonly lang?: 'th' | 'en';
  readonly thaiDigits?: boolean;
}

export interface ReportLine {
  readonly name: string;
  readonly received: number;
  readonly finished: number;
  readonly within: number;
  readonly late: number;
  readonly open: number;
  readonly overdue: number;
  readonly cancelled: number;
  /** Within the standard ÷ finished, 0…1; null when nothing finished. */
  readonly rate: number | null;
}

export interface ReportBuilt {
  readonly tab: string;
  readonly gid: number;
  readonly period: Bilingual;
  readonly scope: Bilingual;
  /** ISO day the open counts are taken. */
  readonly asOf: string;
  readonly registers: readonly ReportLine[];
  readonly total: ReportLine;
  readonly exceptions: number;
}
