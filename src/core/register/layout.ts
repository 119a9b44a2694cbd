/**
 * A register tab's columns for a procedure: what officers type (input columns, never written by
 * Kamnot) and what Kamnot computes. Keys are stable ids; headers are Thai / English.
 */
import { branchesOf, optionLabel } from '../catalog/branches';
import type { Procedure } from '../catalog/schema';
import { type Msg, msg } from '../i18n/msg';

export type ColumnType = 'id' | 'text' | 'person' | 'date' | 'number' | 'quarter' | 'status' | 'choice';

export interface Column {
  /**
   * Stable key: `case-id`, `start`, `field:<id>`, `branch:<id>`, `done:<step>`, `due:<step>`,
   * `kamnot:state`…
   */
  readonly key: string;
  readonly header: Msg;
  readonly type: ColumnType;
  readonly help: Msg;
  /** A `choice` column's entries, offered as a dropdown that accepts anything typed. */
  readonly choices?: readonly string[];
  /**
   * A register made before this column existed still binds without it: the column is read as blank.
   * (A branch column: the case then follows the alternative whose step is done first.)
   */
  readonly optional?: boolean;
  /**
   * A catalogue update added it (the catalogue's `added`): a register made before lacks it, and the
   * run adds it there. Other columns of a catalogue procedure that a register lacks were deleted, and
   * are reported instead (an office procedure's registers get every missing column: they are versioned).
   */
  readonly added?: boolean;
}

export interface RegisterLayout {
  readonly procedureId: string;
  readonly inputs: readonly Column[];
  readonly computed: readonly Column[];
}

const col = (key: string, type: ColumnType, header: Msg, help: Msg): Column => ({ key, type, header, help });

/**
 * The register column where a case's procedure version is kept (office procedures only): written by
 * Kamnot when the case opens, so the case keeps the rules it was opened under.
 */
const VERSION_COLUMN: Column = col(
  'kamnot:version',
  'number',
  msg('ฉบับขั้นตอนงาน', 'Procedure version'),
  msg(
    'ฉบับของกระบวนงานที่เรื่องนี้ใช้ บันทึกเมื่อเปิดเรื่อง; ย้ายไปฉบับใหม่ได้ที่แถบข้าง',
    'The procedure version this case follows, recorded when it opened; move it to a newer one from the sidebar',
  ),
);

/**
 * The office's own document number (เลขที่หนังสือรับ, as the e-Saraban and Smart OBEC systems give
 * it), so each case traces back to its letter. Optional: a register carries it when the office adds
 * the column or adoption finds one; a register without it is complete.
 */
export const DOC_NO_COLUMN: Column = col(
  'doc-no',
  'id',
  msg('เลขที่หนังสือรับ', 'Document no.'),
  msg(
    'เลขที่หนังสือรับจากระบบสารบรรณ (e-Saraban, Smart OBEC) เพื่อย้อนไปหาหนังสือต้นเรื่อง',
    'The document number from the correspondence system (e-Saraban, Smart OBEC), to trace the case to its letter',
  ),
);

/** The input columns an office tab may map: the layout's, and the optional document number. */
export function mappableInputs(layout: RegisterLayout): readonly Column[] {
  return [...layout.inputs, DOC_NO_COLUMN];
}

/** `versioned`: an office procedure, whose cases record their version in one more Kamnot column. */
export function registerLayout(procedure: Procedure, options: { versioned?: boolean } = {}): RegisterLayout {
  const inputs: Column[] = [
    col(
      'case-id',
      'id',
      msg('รหัสเรื่อง', 'Case ID'),
      msg('ไม่ซ้ำกัน; เว้นว่างได้ Kamnot จะสร้างให้', 'Unique; leave blank and Kamnot fills it in'),
    ),
    col('subject', 'text', msg('เรื่อง', 'Subject'), msg(procedure.caseIs.th, procedure.caseIs.en)),
    col(
      'assignee',
      'person',
      msg('ผู้รับผิดชอบ', 'Assignee'),
      msg('อีเมลหรือชื่อในแท็บ People', 'Email or name from the People tab'),
    ),
    col(
      'start',
      'date',
      msg('วันที่รับเรื่อง', 'Date received'),
      msg('วันเริ่มนับ เช่น 22/11/2569', 'The day the clock starts, e.g. 22/11/2569'),
    ),
  ];
  for (const field of procedure.fields) {
    const type: ColumnType = field.type === 'person' ? 'person' : field.type;
    const column = col(`field:${field.id}`, type, msg(field.th, field.en), msg(field.th, field.en));
    inputs.push(field.added ? { ...column, added: true } : column);
  }
  for (const branch of branchesOf(procedure)) {
    const th = branch.options.map((o) => o.th).join(' / ');
    const en = branch.options.map((o) => o.en).join(' / ');
    inputs.push({
      ...col(
        `branch:${branch.id}`,
        'choice',
        msg(branch.th, branch.en),
        msg(
          `เลือกกรณีของเรื่องนี้: ${th}. เฉพาะขั้นตอนของกรณีที่เลือกจึงมีกำหนดเวลา`,
          `Choose this case's alternative: ${en}. Only its steps get due dates`,
        ),
      ),
      choices: branch.options.map(optionLabel),
      optional: true,
      ...(branch.added ? { added: true } : {}),
    });
  }
  for (const step of procedure.steps) {
    const mark = (c: Column): Column => (step.added ? { ...c, added: true } : c);
    if (step.deadline.kind === 'manual') {
      inputs.push(
        mark(
          col(
            `due:${step.id}`,
            'date',
            msg(`กำหนด: ${step.th}`, `Due: ${step.en}`),
            msg('วันที่หน่วยงานอื่นกำหนด', 'The date someone else sets'),
          ),
        ),
      );
    }
    inputs.push(
      mark(
        col(
          `done:${step.id}`,
          'date',
          msg(`เสร็จ: ${step.th}`, `Done: ${step.en}`),
          msg('วันที่ทำขั้นตอนนี้เสร็จ', 'The day this step was done'),
        ),
      ),
    );
  }
  inputs.push(
    col(
      'hold-from',
      'date',
      msg('พักเรื่องตั้งแต่', 'On hold from'),
      msg('รอหน่วยงานอื่น: ไม่นับเวลา', 'Waiting on others: the clock stops'),
    ),
    col(
      'hold-to',
      'date',
      msg('พักเรื่องถึง', 'On hold until'),
      msg('เว้นว่างถ้ายังพักอยู่', 'Blank while still on hold'),
    ),
    col(
      'status',
      'status',
      msg('สถานะเรื่อง', 'Case status'),
      msg('ดำเนินการ / พักเรื่อง / ยกเลิก / ปิดเรื่อง', 'active / on hold / cancelled / closed'),
    ),
  );
  const computed: Column[] = [
    col(
      'kamnot:step',
      'text',
      msg('ขั้นตอนปัจจุบัน', 'Current step'),
      msg('คำนวณโดย Kamnot', 'Computed by Kamnot'),
    ),
    col(
      'kamnot:due',
      'text',
      msg('ครบกำหนด', 'Due'),
      msg('วันครบกำหนดของขั้นตอนปัจจุบัน (พ.ศ.)', 'Due date of the current step (BE)'),
    ),
    col(
      'kamnot:due-date',
      'date',
      msg('ครบกำหนด (วันที่)', 'Due (date)'),
      msg(
        'วันครบกำหนดเป็นค่าวันที่ ใช้ระบายสีตาม TODAY()',
        'The due date as a date value, for the colours keyed on TODAY()',
      ),
    ),
    col(
      'kamnot:left',
      'number',
      msg('วันทำการคงเหลือ', 'Working days left'),
      msg('ติดลบ = เกินกำหนด', 'Negative = overdue'),
    ),
    col(
      'kamnot:state',
      'text',
      msg('สถานะกำหนด', 'Deadline state'),
      msg('คำนวณโดย Kamnot; หมายเหตุบอกปัญหาที่พบ', 'Computed by Kamnot; the note lists problems found'),
    ),
  ];
  if (options.versioned) computed.push(VERSION_COLUMN);
  return { procedureId: procedure.id, inputs, computed };
}
